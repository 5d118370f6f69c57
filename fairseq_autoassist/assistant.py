"""The Assistant: a token-level logistic model that predicts which pairs are informative.

``a(x, y) = sigmoid(w . phi(x, y) + bias)``, where ``phi`` is the feature row of
:mod:`fairseq_autoassist.features` (token weights per side and the two lengths).

What it is:
- *Label*: what it predicts, from the Boss's losses (the registry in
  :mod:`fairseq_autoassist.labels`). By default (``paper``) a pair is informative (1)
  when its loss divided by its target length is above an exponential moving average of
  recent normalised losses, so the threshold follows the Boss as it learns. A label may
  leave pairs out of a step (no evidence yet): they are neither trained on nor counted
  in the accuracy.
- *Predictor*: the token model (:class:`TokenModel`): online logistic regression on
  those labels, one vectorised step per batch of incoming losses, touching only the
  columns present in the batch. Step sizes are per coordinate (AdaGrad): token
  frequencies span orders of magnitude, and a single global rate is either too small
  for rare tokens or unstable for the length and bias terms that every pair shares.
  L2 decay applies to the touched columns. With ``memory=True``
  (``--assistant-memory``) the token model is wrapped in the pair memory
  (:mod:`fairseq_autoassist.pair_memory`), which predicts each seen pair's last label;
  with ``spaced_revisits`` (``--assistant-spaced-revisits``) the memory brings learnt
  pairs back after a doubling number of sweeps (:mod:`fairseq_autoassist.spaced_memory`).
- *Confidence*: the moving average of the predictor's accuracy on each incoming
  batch, measured before it trains on that batch.
- *Shrinking rule*: ``p_keep = b + (1 - b) * a`` with ``b = max(base, 1 - confidence)``.

What it is not: it does no I/O, knows nothing of fairseq or torch, and owns no thread;
:mod:`fairseq_autoassist.worker` trains it in the background. Its methods are safe to
call from several threads: training and snapshots hold a lock, scoring reads the
weights as they are (a batch scored during a step sees old or new values, never
corrupt ones, which is all the shrinking rule needs). Its settings are not checked
here: they are declared, with their allowed values, in the task's config
(:mod:`fairseq_autoassist.config`), which checks them once.
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any, Dict, Mapping, Optional, Tuple

import numpy as np

from .features import FeatureSource, as_feature_source
from .labels import PairLabel, build_label
from .pair_memory import LabelPredictor, Learnt, PairMemory
from .spaced_memory import LARGEST_BOX, SpacedMemory


@dataclass(frozen=True)
class AssistantSettings:
    """The Assistant's hyper-parameters; see the task's config for their meaning.

    ``label_options`` are the label's own options (its ``Options`` dataclass), or
    ``None`` for its defaults."""

    base: float = 0.1
    learning_rate: float = 0.5
    l2: float = 1e-6
    loss_decay: float = 0.95
    confidence_decay: float = 0.95
    label: str = "paper"
    label_options: Any = None
    memory: bool = False
    spaced_revisits: bool = False
    spaced_max_box: int = LARGEST_BOX


@dataclass(frozen=True)
class StepReport:
    """What one training step saw, for logging."""

    num_pairs: int
    accuracy: float
    positive_rate: float
    # with the pair memory: pairs labelled before, and how many kept their label
    revisited: int = 0
    agreed: int = 0


_ADAGRAD_EPSILON = 1e-8


def weights_fingerprint(weights: np.ndarray, bias: float) -> str:
    """A short hash of the weights and bias, to check that a resume restored them."""
    digest = hashlib.sha1(np.asarray(weights, dtype=np.float64).tobytes())
    digest.update(np.float64(bias).tobytes())
    return digest.hexdigest()[:12]


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class TokenModel:
    """Logistic regression over the features of a training set's pairs (a feature
    source: rows computed from token ids on request, or a stored matrix)."""

    def __init__(self, features, learning_rate: float, l2: float) -> None:
        self.features: FeatureSource = as_feature_source(features)
        self.learning_rate = learning_rate
        self.l2 = l2
        num_features = self.features.num_features
        self.weights = np.zeros(num_features, dtype=np.float64)
        self.bias = 0.0
        self._squared_gradients = np.zeros(num_features, dtype=np.float64)
        self._bias_squared_gradient = 0.0

    @property
    def num_pairs(self) -> int:
        return self.features.num_pairs

    def predict(self, ids: np.ndarray) -> np.ndarray:
        """``a(x, y)`` of the pairs ``ids``."""
        return _sigmoid(self.features.rows(ids).logits(self.weights, self.bias))

    def learn(self, ids: np.ndarray, labels: np.ndarray) -> Learnt:
        """AdaGrad step on the mean logistic loss, touching only the present columns.
        Returns the predictions it made before the step (it remembers no pair)."""
        rows = self.features.rows(ids)
        predictions = _sigmoid(rows.logits(self.weights, self.bias))
        residuals = predictions - labels
        batch = len(residuals)
        touched, gradient = rows.gradient(residuals)
        gradient = gradient / batch + self.l2 * self.weights[touched]
        self._squared_gradients[touched] += gradient * gradient
        step = self.learning_rate / np.sqrt(
            self._squared_gradients[touched] + _ADAGRAD_EPSILON
        )
        self.weights[touched] -= step * gradient
        bias_gradient = float(residuals.mean())
        self._bias_squared_gradient += bias_gradient * bias_gradient
        self.bias -= (
            self.learning_rate
            / np.sqrt(self._bias_squared_gradient + _ADAGRAD_EPSILON)
            * bias_gradient
        )
        return Learnt(predictions)

    def state_dict(self) -> Dict[str, Any]:
        return {
            "num_features": int(self.features.num_features),
            "num_pairs": int(self.num_pairs),
            "weights": self.weights.copy(),
            "squared_gradients": self._squared_gradients.copy(),
            "bias": float(self.bias),
            "bias_squared_gradient": float(self._bias_squared_gradient),
        }

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore; refuses weights made for another dictionary (a clear ``ValueError``).
        (Whether the pairs are the same is the Assistant's check: they may be shards.)"""
        expected, found = int(self.features.num_features), int(state["num_features"])
        if found != expected:
            raise ValueError(
                "the checkpoint's Assistant was trained on other data: it has "
                f"{found} features ({(found - 2) // 2} dictionary entries), this data has "
                f"{expected} features ({(expected - 2) // 2} dictionary entries). "
                "Resume with the data the checkpoint was trained on, or start a new run "
                "in another --save-dir (or pass --reset-assistant to start the Assistant "
                "afresh)."
            )
        self.weights[:] = np.asarray(state["weights"], dtype=np.float64)
        self._squared_gradients[:] = np.asarray(state["squared_gradients"], np.float64)
        self.bias = float(state["bias"])
        self._bias_squared_gradient = float(state["bias_squared_gradient"])


class TokenAssistant:
    """A label, a predictor of it (the token model, with or without the pair memory),
    the predictor's confidence, and the keep probabilities they give."""

    def __init__(self, features, settings: AssistantSettings, shard: int = 0,
                 num_shards: int = 1,
                 pair_inputs: Optional[Mapping[str, np.ndarray]] = None) -> None:
        self.settings = settings
        # sharded training data: the shard whose pairs the ids name, and the per-pair
        # state of the other shards seen, kept for their next visit
        self.shard = shard
        self.num_shards = num_shards
        self._shelf: Dict[int, Tuple[int, Dict[str, Any]]] = {}
        self.model = TokenModel(features, settings.learning_rate, settings.l2)
        if settings.spaced_revisits and not settings.memory:
            raise ValueError("spaced revisits are a way of the pair memory: they need it on")
        self.predictor: LabelPredictor = (
            SpacedMemory(self.model, settings.spaced_max_box) if settings.spaced_revisits
            else PairMemory(self.model) if settings.memory else self.model)
        self.label: PairLabel = build_label(
            settings.label, self.model.num_pairs, settings.loss_decay, settings.label_options,
            pair_inputs)
        self.confidence = 0.0
        self.steps = 0
        self.pairs_seen = 0
        self.pairs_correct = 0
        self._lock = threading.Lock()

    @property
    def features(self) -> FeatureSource:
        return self.model.features

    @property
    def weights(self) -> np.ndarray:
        return self.model.weights

    @property
    def bias(self) -> float:
        return self.model.bias

    @property
    def num_pairs(self) -> int:
        return self.model.num_pairs

    @property
    def memory(self) -> Optional[np.ndarray]:
        """The pair memory's labels (``None`` without the memory)."""
        return self.predictor.labels if isinstance(self.predictor, PairMemory) else None

    @property
    def pairs_remembered(self) -> int:
        """How many pairs the memory holds a label for (0 without the memory)."""
        return getattr(self.predictor, "pairs_remembered", 0)

    # ---- scoring -------------------------------------------------------------------

    def at_sweep(self, visit: int, sweep: int) -> None:
        """Where the candidate stream is (the shard's visit, the sweep of its stream):
        the clock of spaced revisits; nothing for the other predictors."""
        at_sweep = getattr(self.predictor, "at_sweep", None)
        if at_sweep is not None:
            with self._lock:
                at_sweep(visit, sweep)

    def score(self, ids: np.ndarray) -> np.ndarray:
        """``a(x, y)`` for the pairs ``ids``, as the predictor gives it."""
        return self.predictor.predict(np.asarray(ids, dtype=np.int64))

    def floor(self) -> float:
        """``b = max(base, 1 - confidence)``: the least keep probability of any pair."""
        return max(self.settings.base, 1.0 - self.confidence)

    def keep_probability(self, ids: np.ndarray) -> np.ndarray:
        """``p_keep = b + (1 - b) * a(x, y)`` for the pairs ``ids``."""
        floor = self.floor()
        if floor >= 1.0:
            return np.ones(len(ids), dtype=np.float64)
        return floor + (1.0 - floor) * self.score(ids)

    # ---- training ------------------------------------------------------------------

    @property
    def loss_average(self) -> Optional[float]:
        """The label's moving average of normalised losses (``None`` if it keeps none)."""
        return self.label.loss_average

    def labels(
        self,
        losses: np.ndarray,
        target_lengths: np.ndarray,
        ids: Optional[np.ndarray] = None,
    ) -> np.ndarray:
        """Update the label's state with this batch and return its labels (all pairs).

        ``ids`` are needed by labels that remember pairs (``learnability``).
        """
        if ids is None:
            if self.label.needs_previous_visit:
                raise ValueError(f"the {self.label.name} label needs the pairs' ids")
            ids = np.zeros(len(losses), dtype=np.int64)
        return self.label.label(ids, losses, target_lengths).labels

    def observe(
        self, ids: np.ndarray, losses: np.ndarray, target_lengths: np.ndarray,
        weights: Optional[np.ndarray] = None,
    ) -> StepReport:
        """Learn from the Boss's losses on the pairs ``ids``; one SGD step on the batch.

        ``weights`` (each pair's inverse keep probability) weight the label's running
        averages (:meth:`fairseq_autoassist.labels.PairLabel.label`)."""
        ids = np.asarray(ids, dtype=np.int64)
        if not (len(ids) == len(losses) == len(target_lengths)):
            raise ValueError(
                f"ids, losses and target_lengths differ in length: "
                f"{len(ids)}, {len(losses)}, {len(target_lengths)}"
            )
        if len(ids) == 0:
            return StepReport(0, float("nan"), float("nan"))
        if ids.min() < 0 or ids.max() >= self.num_pairs:
            raise IndexError(
                f"pair id out of range [0, {self.num_pairs}): {ids.min()}..{ids.max()}"
            )
        with self._lock:
            labelled = self.label.label(ids, losses, target_lengths, weights)
            # pairs without evidence: no step, no accuracy
            ids, labels = ids[labelled.mask], labelled.labels[labelled.mask]
            if len(ids) == 0:
                return StepReport(0, float("nan"), float("nan"))
            # the accuracy (hence the confidence) is that of what shrinking would have
            # used: the predictions made before this step
            learnt = self.predictor.learn(ids, labels)
            accuracy = float(np.mean((learnt.predictions > 0.5) == (labels > 0.5)))
            revisited, agreed = learnt.revisited, learnt.agreed
            decay = self.settings.confidence_decay
            self.confidence = decay * self.confidence + (1.0 - decay) * accuracy
            self.steps += 1
            self.pairs_seen += len(ids)
            self.pairs_correct += int(round(accuracy * len(ids)))
        return StepReport(len(ids), accuracy, float(labels.mean()), revisited, agreed)

    # ---- shards --------------------------------------------------------------------

    def _pair_state(self) -> Dict[str, Any]:
        """What the Assistant holds per pair of the current training set."""
        held = (self.predictor.pair_state() if isinstance(self.predictor, PairMemory)
                else {"memory": None})
        return {**{key: None if value is None else value.copy()
                   for key, value in held.items()},
                "label": dict(self.label.pair_state())}

    def _start_pairs(self, num_pairs: int, pair_state: Optional[Dict[str, Any]],
                     pair_inputs: Optional[Mapping[str, np.ndarray]] = None) -> None:
        pair_state = pair_state or {}
        if isinstance(self.predictor, PairMemory):
            self.predictor.start_pairs(num_pairs, pair_state)
        self.label.start_pairs(num_pairs, pair_state.get("label") or None)
        if pair_inputs is not None:
            self.label.set_pair_inputs(pair_inputs)

    def switch_pairs(self, features, shard: int,
                     pair_inputs: Optional[Mapping[str, np.ndarray]] = None) -> None:
        """Go on with another training set's pairs (the next shard of sharded data):
        the weights, the label's running averages and the confidence carry over (one
        dictionary, one task); the per-pair state (the pair memory, learnability's last
        losses) is kept for the shard left and restored for the shard entered, if it
        was visited before; the label's ``pair_inputs`` are the entered shard's."""
        features = as_feature_source(features)
        with self._lock:
            left, left_pairs = self.shard, self.num_pairs
            self.model.features = features
            self._enter_shard(left, left_pairs, shard, pair_inputs)

    def _enter_shard(self, left: int, left_pairs: int, shard: int,
                     pair_inputs: Optional[Mapping[str, np.ndarray]] = None) -> None:
        """Shelve the current per-pair state as shard ``left``'s (``left_pairs`` pairs)
        and take shard ``shard``'s, whose pairs the features serve (fresh if never seen)."""
        self._shelf[left] = (left_pairs, self._pair_state())
        known, pair_state = self._shelf.pop(shard, (self.num_pairs, None))
        if known != self.num_pairs:
            raise ValueError(
                f"training shard {shard} had {known} pairs at its last visit and "
                f"has {self.num_pairs} now: its data changed during the run")
        if self.label.pair_inputs and pair_inputs is None:
            raise ValueError(f"the {self.label.name} label needs training shard {shard}'s "
                             f"{', '.join(self.label.pair_inputs)}")
        self._start_pairs(self.num_pairs, pair_state, pair_inputs)
        self.shard = shard

    def shard_pairs(self) -> Dict[int, int]:
        """Pairs per training shard seen (the current one included)."""
        return {**{k: n for k, (n, _) in self._shelf.items()}, self.shard: self.num_pairs}

    # ---- state ---------------------------------------------------------------------

    def fingerprint(self) -> str:
        with self._lock:
            return weights_fingerprint(self.model.weights, self.model.bias)

    def state_dict(self) -> Dict[str, Any]:
        """A consistent snapshot: numpy arrays and plain Python values only."""
        with self._lock:
            return {
                "memory": None,  # replaced by the pair memory's labels when it is on
                **self.predictor.state_dict(),
                "loss_average": self.loss_average,
                "label": {"kind": self.label.name, **self.label.state_dict()},
                "confidence": float(self.confidence),
                "steps": int(self.steps),
                "pairs_seen": int(self.pairs_seen),
                "pairs_correct": int(self.pairs_correct),
                "shard": int(self.shard),
                "num_shards": int(self.num_shards),
                "shelved": {str(k): {"num_pairs": int(n), **state}
                            for k, (n, state) in self._shelf.items()},
            }

    def load_state_dict(self, state: Dict[str, Any]) -> None:
        """Restore a snapshot; refuses one made for other data (a clear ``ValueError``)."""
        # checkpoints from before the choice of labels hold the paper's loss average only
        label_state = state.get("label") or {
            "kind": "paper", "loss_average": state["loss_average"]
        }
        if label_state["kind"] != self.label.name:
            raise ValueError(
                f"the checkpoint's Assistant learnt the {label_state['kind']!r} label, this "
                f"run asks for {self.label.name!r} (--assistant-label). Resume with "
                f"--assistant-label {label_state['kind']}, or pass --reset-assistant to "
                "start the Assistant afresh."
            )
        saved_shard, shelved = int(state.get("shard", 0)), state.get("shelved") or {}
        saved_pairs = {saved_shard: int(state["num_pairs"]),
                       **{int(k): int(v["num_pairs"]) for k, v in shelved.items()}}
        self._check_same_pairs(int(state.get("num_shards", 1)), saved_pairs)
        with self._lock:
            current_inputs = dict(self.label.inputs)
            if saved_shard != self.shard:  # restored as the saved shard, then moved
                self._start_pairs(saved_pairs[saved_shard], None)
            self.predictor.load_state_dict(state)
            self.label.load_state_dict(label_state)
            self._shelf = {int(k): (int(v["num_pairs"]), {
                **{key: value for key, value in v.items() if key != "num_pairs"},
                "memory": v.get("memory"), "label": v.get("label") or {}})
                for k, v in shelved.items()}
            if saved_shard != self.shard:
                self._enter_shard(saved_shard, saved_pairs[saved_shard], self.shard,
                                  current_inputs if self.label.pair_inputs else None)
            self.confidence = float(state["confidence"])
            self.steps = int(state["steps"])
            self.pairs_seen = int(state["pairs_seen"])
            self.pairs_correct = int(state["pairs_correct"])

    def _check_same_pairs(self, saved_shards: int, saved_pairs: Dict[int, int]) -> None:
        """Refuse a checkpoint whose Assistant learnt from other pairs than this data's."""
        fix = ("Resume with the data the checkpoint was trained on, or start a new run in "
               "another --save-dir (or pass --reset-assistant to start the Assistant "
               "afresh).")
        if saved_shards != self.num_shards:
            raise ValueError(
                f"the checkpoint's Assistant was trained on {saved_shards} shard(s) of "
                f"training data, this run's data has {self.num_shards} (the paths of "
                f"fairseq's data argument, data1:data2:...). {fix}")
        for shard, pairs in sorted(self.shard_pairs().items()):
            if shard in saved_pairs and saved_pairs[shard] != pairs:
                where = "" if self.num_shards == 1 else f" in training shard {shard}"
                raise ValueError(
                    f"the checkpoint's Assistant was trained on other data: it has "
                    f"{saved_pairs[shard]} training pairs{where}, this data has {pairs} "
                    f"pairs. {fix}")
