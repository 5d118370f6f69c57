"""AutoAssist for fairseq: a tiny Assistant shrinks away easy sentence pairs."""
