"""The data: built-in datasets, normalization, a student's CSV, texts per language."""
