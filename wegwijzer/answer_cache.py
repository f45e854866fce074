"""A small in-memory cache of answers, for the questions residents ask again and again.

Many residents send the same words ("schulden", "mantelzorg", a suggested question they
clicked). The answer depends only on the question and the knowledge base, so a repeat
can skip normalisation, safety rules and ranking. Privacy by construction: the cache
keeps no question text. The key is a keyed hash (the key is random per process) and
the stored answer has its `question` field emptied; it is put back on the way out.
A new knowledge base builds a new Assistant and so starts with an empty cache.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import OrderedDict
from dataclasses import replace

from wegwijzer.answer import Answer


class AnswerCache:
    """Least-recently-used answers by keyed question hash; size 0 turns it off."""

    def __init__(self, size: int) -> None:
        self.size = max(0, size)
        self._secret = secrets.token_bytes(32)
        self._answers: OrderedDict[bytes, Answer] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def _key(self, question: str) -> bytes:
        return hashlib.blake2b(question.encode("utf-8", "surrogatepass"), key=self._secret,
                               digest_size=16).digest()

    def get(self, question: str) -> Answer | None:
        """The cached answer for exactly this question, with the question put back."""
        if not self.size:
            return None
        key = self._key(question)
        answer = self._answers.get(key)
        if answer is None:
            self.misses += 1
            return None
        self._answers.move_to_end(key)
        self.hits += 1
        return replace(answer, question=question)

    def put(self, question: str, answer: Answer) -> None:
        """Remember an answer without its question text; forget the oldest beyond size."""
        if not self.size:
            return
        self._answers[self._key(question)] = replace(answer, question="")
        if len(self._answers) > self.size:
            self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)
