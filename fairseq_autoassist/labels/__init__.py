"""The registry of labels: what the Assistant learns to predict from the Boss's losses.

A label is one small definition in one module of this package (a subclass of
:class:`~fairseq_autoassist.labels.base.PairLabel` under :func:`register_label`): its
name, its help text, its options (a dataclass of ``--assistant-*`` fields that the
task's config inherits), its online rule (running state, one batch of losses at a
time, as training feeds it) and its exact oracle (the same rule on a vector of every
training pair's loss, its running averages replaced by their exact values). The task's
``--assistant-label`` choices, the Assistant, the selection probe's policies and the
GPU scripts all read this registry, so adding a label is one module here, imported
below, and a row in the tests' table of labels.

A label may read values per training pair made before training (its ``pair_inputs``:
``reducible`` reads each pair's irreducible loss, :mod:`fairseq_autoassist.irreducible`);
the run loads them beside each shard's data and hands them to the label.

The pair memory (:mod:`fairseq_autoassist.pair_memory`) works with any label, and so
do its spaced revisits (:mod:`fairseq_autoassist.spaced_memory`).
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple, Type

from .base import LabelledBatch, PairLabel, normalised_losses

_REGISTRY: Dict[str, Type[PairLabel]] = {}


def register_label(cls: Type[PairLabel]) -> Type[PairLabel]:
    """Class decorator: add a label to the registry under its ``name``."""
    if cls.name in _REGISTRY:
        raise ValueError(f"a label named {cls.name!r} is registered twice")
    if cls.Options is not None and not is_dataclass(cls.Options):
        raise TypeError(f"{cls.__name__}.Options must be a dataclass of --assistant-* fields")
    _REGISTRY[cls.name] = cls
    return cls


def label_class(name: str) -> Type[PairLabel]:
    """The label registered as ``name``; a ``ValueError`` naming the choices otherwise."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(
            f"label must be one of {', '.join(_REGISTRY)}, got {name!r}") from None


def label_names() -> Tuple[str, ...]:
    """Every registered label's name, in registration order."""
    return tuple(_REGISTRY)


def label_option_classes() -> List[type]:
    """The labels' option dataclasses (each once), for the task's config to inherit."""
    return list(dict.fromkeys(c.Options for c in _REGISTRY.values() if c.Options is not None))


def label_options(name: str, config: Any) -> Any:
    """The options of label ``name`` read from ``config`` (any object with the
    ``--assistant-*`` attributes: the task's config, the probe's arguments); ``None``
    for a label without options. Missing attributes take the declared defaults."""
    options_class = label_class(name).Options
    if options_class is None:
        return None
    values = {f.name: getattr(config, f.name) for f in fields(options_class)
              if hasattr(config, f.name)}
    return options_class(**values)


def build_label(name: str, num_pairs: int, loss_decay: float, options: Any = None,
                inputs: Optional[Mapping[str, Any]] = None) -> PairLabel:
    """A fresh online label ``name`` for ``num_pairs`` training pairs, with the
    per-pair ``inputs`` it reads (its ``pair_inputs``; none for most labels)."""
    cls = label_class(name)
    if options is None and cls.Options is not None:
        options = cls.Options()
    label = cls(num_pairs=num_pairs, decay=loss_decay, options=options)
    if cls.pair_inputs:
        label.set_pair_inputs(inputs)
    return label


def labels_help() -> str:
    """One line per label, for ``--assistant-label``'s help."""
    return "; ".join(f"{name} ({cls.help})" for name, cls in _REGISTRY.items())


# The labels, registered in this order (the first is the default).
from . import paper, learnability, noise_aware, reducible  # noqa: E402,F401

__all__ = ["LabelledBatch", "PairLabel", "build_label", "label_class", "label_names",
           "label_option_classes", "label_options", "labels_help", "normalised_losses",
           "register_label"]
