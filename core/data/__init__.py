"""The data: built-in datasets, normalization, and a student's own CSV."""
