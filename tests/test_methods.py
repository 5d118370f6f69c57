"""The methods of --assistant-selection: each sets the defaults of its options, an option
given explicitly overrides them, no option switches another on, and `paper` trains
exactly as the paper's selection was spelt before it had a name."""
import dataclasses

import pytest

from autoassist_tools.training_digest import training_digest
from conftest import TINY_MODEL, training_config
from fairseq_autoassist.config import (
    AutoAssistConfig, automatic_onset_on, pair_memory_on, unbiased_threshold_on,
    validate_config,
)
from fairseq_autoassist.methods import METHOD_NAMES, METHOD_OPTIONS, METHODS, settle_method

FIELDS = [f for f in dataclasses.fields(AutoAssistConfig)
          if f.name.startswith(("assistant_", "reset_assistant"))]
# the paper's selection as it was spelt before it had a name, with the two options
# that the automatic onset used to switch on, and no longer does, written out
PAPER_SPELLED_OUT = ("--assistant-selection", "assistant", "--assistant-onset-agreement", "0",
                     "--assistant-keep-rate", "0", "--assistant-memory", "off",
                     "--assistant-unbiased-threshold", "off")


def settled(data, *options):
    cfg = training_config(data, *TINY_MODEL, "--max-update", "100", *options).task
    settle_method(cfg)
    return cfg


def values(cfg):
    return {f.name: getattr(cfg, f.name) for f in FIELDS}


@pytest.mark.parametrize("method", METHOD_NAMES)
def test_a_method_sets_its_defaults_and_says_so(tiny_bin, method):
    cfg = training_config(tiny_bin, *TINY_MODEL, "--assistant-selection", method).task
    line = settle_method(cfg)
    for attribute, default in METHODS[method].defaults.items():
        assert getattr(cfg, attribute) == default
        flag = "--" + attribute.replace("_", "-")
        assert f"{flag} {default:g}" in line if isinstance(default, float) else \
            f"{flag} {default}" in line
    assert line.startswith(f"--assistant-selection {method} (") and "given instead" not in line
    assert settle_method(cfg) == line.split("; the method sets")[0]  # settled: nothing left
    validate_config(cfg)


def test_an_option_given_overrides_its_methods_default_and_is_named(tiny_bin):
    cfg = training_config(tiny_bin, *TINY_MODEL, "--assistant-selection", "paper",
                          "--assistant-memory",
                          "--assistant-keep-rate", "0.3").task
    line = settle_method(cfg)
    assert cfg.assistant_memory == "on" and cfg.assistant_keep_rate == 0.3
    assert cfg.assistant_onset_agreement == 0 and cfg.assistant_unbiased_threshold == "off"
    assert ("given instead: --assistant-memory on (the method's: off), "
            "--assistant-keep-rate 0.3 (the method's: 0)") in line


def a_value_other_than(declaration, current):
    """An admissible value of an option other than ``current``, as command-line words."""
    flag = "--" + declaration.name.replace("_", "-")
    allowed = declaration.metadata.get("allowed")
    if declaration.type is bool or declaration.type == "bool":
        return [flag]  # a flag off by default
    if allowed is not None and allowed.choices:
        return [flag, next(c for c in allowed.choices if c != str(current))]
    low = allowed.low if allowed is not None and allowed.low is not None else 0.0
    high = allowed.high if allowed is not None and allowed.high is not None else low + 4
    for value in (low + (high - low) / 4, low + (high - low) / 2, high):
        if allowed.admits(value) and value != current:
            if isinstance(declaration.default, int) and not isinstance(declaration.default, bool):
                value = int(round(value)) or 1
            return [flag, str(value)]
    raise AssertionError(f"no other value found for {flag}")


@pytest.mark.parametrize("method", METHOD_NAMES)
def test_no_option_switches_another_on(tiny_bin, method):
    """Every option given alone, with a value other than the one the method trains
    with, changes that option and no other: neither another option's value nor the
    pair memory or the unbiased threshold. (A fixed onset replaces the automatic one:
    the only option that switches another off.)"""
    alone = settled(tiny_bin, "--assistant-selection", method)
    before = values(alone)
    changed = []
    for declaration in FIELDS:
        if declaration.name == "assistant_selection":
            continue
        words = a_value_other_than(declaration, before[declaration.name])
        cfg = settled(tiny_bin, "--assistant-selection", method, *words)
        after = values(cfg)
        assert after[declaration.name] != before[declaration.name], words
        others = {k: v for k, v in after.items() if k != declaration.name}
        assert others == {k: v for k, v in before.items() if k != declaration.name}, words
        if declaration.name != "assistant_memory":
            assert pair_memory_on(cfg) == pair_memory_on(alone), words
        if declaration.name != "assistant_unbiased_threshold":
            assert unbiased_threshold_on(cfg) == unbiased_threshold_on(alone), words
        if (declaration.name != "assistant_onset_agreement"
                and automatic_onset_on(cfg) != automatic_onset_on(alone)):
            assert not automatic_onset_on(cfg), words  # switched off, never on
            changed.append(declaration.name)
    fixed = {"assistant_onset_updates", "assistant_onset_fraction"}
    assert set(changed) == (fixed if automatic_onset_on(alone) else set())
    assert set(METHOD_OPTIONS) <= {f.name for f in FIELDS}


def test_the_automatic_onset_without_the_pair_memory_is_refused_not_completed(tiny_bin):
    cfg = settled(tiny_bin, "--assistant-selection", "assistant", "--assistant-memory", "off")
    with pytest.raises(ValueError, match=r"the automatic onset \(--assistant-onset-agreement "
                                         r"0\.92\) reads the pair memory, which "
                                         r"--assistant-memory off turns off"):
        validate_config(cfg)
    validate_config(settled(tiny_bin, "--assistant-selection", "assistant", "--assistant-memory",
                            "off", "--assistant-onset-updates", "50"))  # a fixed onset: fine


def test_paper_trains_exactly_as_its_options_written_out(tiny_bin):
    """The Assistant trained synchronously (autoassist-tools digest), three
    epochs: the Boss's parameters, the Assistant's state and the pairs of every epoch
    are the same. The check against the commit before `paper` existed, with the old
    three-flag spelling, is quoted in docs/benchmarks.md."""
    named = training_digest(tiny_bin, ["--assistant-selection", "paper"])
    spelled = training_digest(tiny_bin, list(PAPER_SPELLED_OUT))
    assert named == spelled
    # it selects: the epochs after the warm-up train other pairs than keeping all does
    keepall = training_digest(tiny_bin, ["--assistant-selection", "paper", "--assistant-base",
                                         "1"])
    assert named["pairs_per_epoch"][0] == keepall["pairs_per_epoch"][0]
    assert named["pairs_per_epoch"][1:] != keepall["pairs_per_epoch"][1:]
