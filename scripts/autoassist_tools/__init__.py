"""The tools a user of the plug-in runs: prepare data, benchmark, probe, inspect.

Not the plug-in (that is ``fairseq_autoassist/``, which fairseq imports as its
``--user-dir`` and which must stay free of these tools' dependencies) and not the
one-off experiments behind the docs (``experiments/``). Each tool is a module with a
``main(argv=None)``, run as a subcommand of ``autoassist-tools`` (or ``python -m
autoassist_tools``); the five a user starts by hand also have a thin script in
``scripts/`` that runs from a checkout without an install:

    prepare       raw parallel text in, a fairseq data folder out   (prepare.py; prepare_data.py)
    benchmark     time-to-BLEU, AutoAssist against plain fairseq    (time_to_bleu.py)
    probe         would data selection help at this stage           (selection_probe.py)
    long-run      the long plain run whose checkpoints the probe uses (long_plain_run.py)
    calibrate     a benchmark's --max-update for a time budget      (calibrate_budget.py)
    inspect       what a trained Assistant keeps and skips          (inspect_assistant.py)
    shape-census  the batch shapes each epoch makes, and the new ones (shape_census.py)
    shape-replay  recorded batch shapes replayed into the model, timed (shape_replay.py)

Subpackages: ``benchmark`` (arms, training, scoring, report), ``probe`` (policies,
the Boss at a stage, the Assistant fit, the table), ``data_sources`` (corpus readers,
cleaning, binarisation).
"""
