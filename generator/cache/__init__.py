"""The build cache, at the pipeline's edge: parsed articles and analyses kept on disk so
that an unchanged article is neither read nor analysed again (see `store`)."""

from generator.cache.codec import code_fingerprint
from generator.cache.store import Cache

__all__ = ["Cache", "code_fingerprint"]
