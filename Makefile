# The two commands a newcomer needs (see README.md). Each builds the pinned virtual
# environment on first use (scripts/bootstrap_env.sh, about 5 minutes) and reuses it.
VENV := $(shell bash scripts/bootstrap_env.sh)
ifeq ($(VENV),)
$(error building the environment failed: see the [bootstrap] messages above)
endif
PYTHON := $(VENV)/bin/python

.PHONY: demo test

# Prepare the embedded Bible sample, train plain fairseq and AutoAssist briefly,
# score both with sacrebleu and print the comparison (a few minutes on 2 CPU cores).
demo:
	$(PYTHON) scripts/time_to_bleu.py --quick --brief --out runs/demo

# The test suite (unit and end-to-end tests on tiny data).
test:
	$(PYTHON) -m pytest -p no:cacheprovider -W ignore::DeprecationWarning tests
