"""The home area of the app."""
