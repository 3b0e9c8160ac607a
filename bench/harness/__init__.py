"""The benchmark harness behind bench/run: build, corpora, tools, measuring, report."""
