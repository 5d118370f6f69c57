"""The Assistant's prediction of a label at a stage, learnt as it learns in training.

The plug-in's own :class:`TokenAssistant` (same features, label, AdaGrad steps and
running averages) is fed the Boss's true per-pair losses at the stage in random
batches, one pass over the training set, as the Boss's batches would feed it during an
epoch; a label that needs a previous visit (learnability) is first shown the losses
of the previous checkpoint (its
"previous visit"). Its accuracy is counted before each step, on pairs it has not been
trained on yet. This is the Assistant at its best: fresh losses of a fixed Boss, where
training gives it losses up to an epoch old from a moving one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from fairseq_autoassist.assistant import AssistantSettings, TokenAssistant
from fairseq_autoassist.features import FeatureSource, TokenFeatures, dataset_pair_features
from fairseq_autoassist.labels import label_class


@dataclass(frozen=True)
class FittedAssistant:
    """Keep scores ``a(x, y)`` of every training pair and how well they were learnt."""

    label: str
    scores: np.ndarray
    online_accuracy: float
    agreement_with_oracle: float


def pair_features(task) -> TokenFeatures:
    """The Assistant's features of every training pair (as the task builds them)."""
    return dataset_pair_features(task.dataset("train"), task.source_dictionary,
                                 task.target_dictionary, "tf")


def _feed(assistant: TokenAssistant, losses: np.ndarray, lengths: np.ndarray,
          rng: np.random.Generator, batch_pairs: int) -> None:
    order = rng.permutation(len(losses))
    for start in range(0, len(order), batch_pairs):
        ids = order[start:start + batch_pairs]
        assistant.observe(ids, losses[ids], lengths[ids])


def fit_assistant(features: FeatureSource, label: str, nll: np.ndarray,
                  target_lengths: np.ndarray, oracle: np.ndarray,
                  previous_nll: Optional[np.ndarray] = None, batch_pairs: int = 100,
                  seed: int = 0, settings: Optional[AssistantSettings] = None,
                  label_options=None, pair_inputs=None) -> FittedAssistant:
    """A fresh Assistant trained on one pass of the stage's losses (``previous_nll``
    first, for labels that need a previous visit), scored on every pair; ``pair_inputs``
    are what the label reads per pair (the irreducible losses of ``reducible``)."""
    settings = settings or AssistantSettings(label=label, label_options=label_options)
    if settings.label != label:
        raise ValueError(f"settings are for the {settings.label!r} label, not {label!r}")
    assistant = TokenAssistant(features, settings, pair_inputs=pair_inputs)
    rng = np.random.default_rng([seed, 0xA5515])
    if label_class(label).needs_previous_visit:
        if previous_nll is None:
            raise ValueError(f"the {label} label needs the previous checkpoint's losses")
        _feed(assistant, previous_nll, target_lengths, rng, batch_pairs)
    _feed(assistant, nll, target_lengths, rng, batch_pairs)
    scores = assistant.score(np.arange(assistant.num_pairs))
    accuracy = assistant.pairs_correct / max(assistant.pairs_seen, 1)
    agreement = float(np.mean((scores > 0.5) == (oracle > 0.5)))
    return FittedAssistant(label, scores, float(accuracy), agreement)
