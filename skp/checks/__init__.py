"""Checks as small registered units that declare the finding codes they emit."""
