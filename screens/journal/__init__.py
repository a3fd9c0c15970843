"""The journal area of the app."""
