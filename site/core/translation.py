# core has no concrete models to translate; page types register in their own apps.
