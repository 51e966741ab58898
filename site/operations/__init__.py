"""Operations: roles and moderation, scheduled publishing, two-factor sign-in, health, backups."""
