"""Packages for running work concurrently (concurrent.futures)."""
