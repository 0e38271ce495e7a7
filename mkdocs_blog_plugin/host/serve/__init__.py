"""What `mkdocs serve` keeps from one build to the next, and what each key is made of."""
