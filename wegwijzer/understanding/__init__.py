"""Understanding a question: its language, one reading of it, and its meaning (embeddings)."""
