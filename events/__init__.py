"""Open Door Days, awareness events and mobile services, and the sign-ups for them."""
