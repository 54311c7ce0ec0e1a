#!/usr/bin/env python3
"""Rebuild fresh-ba's texts from its manifest, checking each sha256: python3 corpora/fresh-ba/rebuild.py corpora/fresh-ba

Reuters stories of the financial news set of Ding et al. (duynht/financial-news-dataset), each text read by
corpora/reuters_financial.py, which fresh-al, fresh-am, fresh-an, fresh-ao, fresh-aq, fresh-at, fresh-aw and fresh-ba share.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import reuters_financial  # noqa: E402

if __name__ == "__main__":
    reuters_financial.main(sys.argv, __doc__)
