"""Crisis signals before anything else: phrase rules, a word model, nearest questions, and 112."""
