"""The build's stages, one module each, run by make in this order (the Makefile's rules chain
them by their files); the fuzzer and the benchmark run them in the same order from here."""
ORDER = ["normalize", "code", "acled", "package", "validate", "publish"]
