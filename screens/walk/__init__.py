"""The walk area of the app."""
