"""Tests of dedup."""
