"""Near-duplicate detection across documents with MinHash signatures and LSH (datasketch)."""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from datasketch import MinHash, MinHashLSH

_WORD = re.compile(r"\w+")
_SHINGLE_WORDS = 3
# datasketch's permutation scheme; signatures of different schemes are not comparable, so it is fixed
# here rather than left to the library default (which changed in datasketch 2.0).
_SCHEME = "affine32"
#: Identifies how signatures are made; a store keeping signatures should keep this with them.
SIGNATURE_KIND = f"minhash-{_SCHEME}-word{_SHINGLE_WORDS}"


def _shingles(text: str) -> set[bytes]:
    """Word 3-grams of the normalized, lowercased text (the whole text when it has fewer words)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    if len(words) < _SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {
        " ".join(words[index : index + _SHINGLE_WORDS]).encode("utf-8")
        for index in range(len(words) - _SHINGLE_WORDS + 1)
    }


class NearDuplicateIndex:
    """Finds documents whose texts are nearly the same (estimated Jaccard over word 3-grams).

    Signatures are plain bytes (the MinHash values as little-endian uint64), so the store can keep them
    and a later run can rebuild the index without the texts.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        """Create an empty index.

        Args:
            threshold: estimated Jaccard similarity from which two texts are near-duplicates.
            num_perm: MinHash permutations; signatures from indexes with other values are incompatible.
        """
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._minhashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}  # order of addition, to answer with the earliest match

    def signature(self, text: str) -> bytes:
        """Compute the MinHash signature of a text as bytes (``num_perm`` * 8 bytes)."""
        minhash = MinHash(num_perm=self.num_perm, scheme=_SCHEME)
        minhash.update_batch(list(_shingles(text)))
        return minhash.hashvalues.astype("<u8").tobytes()

    def _minhash(self, signature: bytes) -> MinHash:
        if len(signature) != self.num_perm * 8:
            raise ValueError(
                f"signature has {len(signature)} bytes, expected {self.num_perm * 8} "
                f"(it was made with another num_perm)"
            )
        values = np.frombuffer(signature, dtype="<u8").astype(np.uint64)
        return MinHash(num_perm=self.num_perm, hashvalues=values, scheme=_SCHEME)

    def add(self, doc_id: str, signature: bytes) -> None:
        """Add a document; adding an id that is already in the index does nothing."""
        if doc_id in self._minhashes:
            return
        minhash = self._minhash(signature)
        self._lsh.insert(doc_id, minhash)
        self._minhashes[doc_id] = minhash
        self._order[doc_id] = len(self._order)

    def find(self, signature: bytes) -> tuple[str, float] | None:
        """Find the earliest-added document similar to a signature.

        Returns:
            (document id, estimated Jaccard similarity), or None when no indexed document reaches the
            threshold.
        """
        minhash = self._minhash(signature)
        # LSH candidates may fall a little below the threshold; the estimate decides.
        for doc_id in sorted(self._lsh.query(minhash), key=self._order.__getitem__):
            similarity = self._minhashes[doc_id].jaccard(minhash)
            if similarity >= self.threshold:
                return doc_id, round(float(similarity), 4)
        return None

    def similarity(self, first: bytes, second: bytes) -> float:
        """The estimated Jaccard similarity of two signatures (what ``find`` compares with the threshold)."""
        matches = np.count_nonzero(np.frombuffer(first, dtype="<u8") == np.frombuffer(second, dtype="<u8"))
        return float(matches) / self.num_perm

    def __len__(self) -> int:
        return len(self._minhashes)
