"""Shared prefixes: arms that train alike until selection starts train that stretch once.

An AutoAssist arm with an onset its log announces (the automatic onset, the default, or
a fixed one) keeps every candidate until the onset and packs them as ``--assistant-base
1`` packs, whatever the options that act only once selection runs (:data:`POST_ONSET`).
Arms that differ only in those options (``keepall``, the defaults, ``uniform``) train
the same model, optimizer, data position, Assistant and pair memory until the onset.
So do arms that differ in a fixed onset (:data:`FIXED_ONSET`), until the earlier one:
until it fires, the automatic onset only watches. With ``--share-prefix`` the first of
them in the command (the donor) trains whole, and each other one (a fork) starts from
the donor's last interval checkpoint before the earlier of the donor's onset and the
fork's own fixed one, and goes on as a resumed run of its own options. A fork with the
automatic onset needs a donor with it too, whose checkpoint carries the agreement
measured so far; a fixed onset can fork from either. fairseq's training
time is in the checkpoint, so the fork's clock goes on from the donor's: its time is
still counted from update 0, the prefix included.

The harness does not take the identity on trust. Before forking it trains the donor's
options and the fork's from scratch for :data:`PROOF_UPDATES` updates and compares the
two checkpoints byte for byte, every tensor and value but the clock and the meters
(:func:`state_difference`); a fork that differs is trained whole, and says why.
tests/test_benchmark.py proves the identity over a whole prefix on tiny data.

What a fork is not: a bit-exact copy of the run its options would make uninterrupted.
The fork resumes mid-epoch, and a resumed AutoAssist run goes on from the stream
position behind its last batch with a new pool (fairseq_autoassist/iterator.py), as any
run a user stops and resumes does.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Dict, List, Optional, Sequence, Tuple

import torch

from fairseq_autoassist.config import onset_update

from .arms import Arm, option_value, without_options
from .training import interval_checkpoints

# Options read only once selection runs: before the onset every candidate is kept
# (probability 1, the same draws) whatever they say.
POST_ONSET = ("--assistant-base", "--assistant-selection", "--assistant-keep-rate")
FIXED_ONSET = ("--assistant-onset-updates", "--assistant-onset-fraction")
# Updates each side of the proof trains from scratch before a fork.
PROOF_UPDATES = 30
# What a checkpoint holds that differs between identical runs: the clock and the meters.
CLOCK = ("metrics", "previous_training_time", "val_loss")
# Where the plug-in's task keeps its run's state in extra_state[<task class>]
# (fairseq_autoassist/task.py), and the run's entry of the automatic onset's agreement
# (fairseq_autoassist/run.py).
RUN_STATE = "autoassist"
ONSET_WATCHER = "onset"
PLAN_LINE = re.compile(r"AutoAssist: onset of selection: (automatic|fixed)")
ONSET_LINE = re.compile(r"AutoAssist: selection starts at update (\d+)")
SAVED_LINE = re.compile(r"Saved checkpoint \S+ \(epoch \d+ @ (\d+) updates")
RECORD = "shared_prefix.json"


def onset_announced(arm: Arm) -> bool:
    """Whether the arm keeps every candidate until an onset its log announces (the
    automatic one or a fixed one), not the paper's warm-up epochs of plain batches."""
    if not arm.is_autoassist:
        return False
    try:
        automatic = float(arm.setting("--assistant-onset-agreement")) > 0
        return has_fixed_onset(arm.options) or automatic
    except ValueError:  # fairseq will name the bad value
        return False


def has_fixed_onset(words: Sequence[str]) -> bool:
    """Whether command-line ``words`` set a fixed onset (:data:`FIXED_ONSET`)."""
    return any(float(option_value(words, flag) or 0) > 0 for flag in FIXED_ONSET)


def fixed_onset(words: Sequence[str], max_update: int) -> Optional[int]:
    """The update at which the fixed onset that command-line ``words`` set starts
    selection, read by the plug-in's own rule (``onset_update``: the updates first,
    else the fraction of ``max_update``), or ``None`` when they set none."""
    if not has_fixed_onset(words):
        return None
    return onset_update(SimpleNamespace(
        assistant_onset_updates=float(option_value(words, FIXED_ONSET[0]) or 0),
        assistant_onset_fraction=float(option_value(words, FIXED_ONSET[1]) or 0),
        max_update=max_update, assistant_onset_agreement=0))


def prefix_options(arm: Arm) -> Optional[Tuple[str, ...]]:
    """The task and options the arm trains by until its onset (its options without
    :data:`POST_ONSET` and :data:`FIXED_ONSET`), or ``None`` for an arm that cannot
    share a prefix."""
    if not onset_announced(arm):
        return None
    return (arm.task, *without_options(arm.options, POST_ONSET + FIXED_ONSET))


def plan_forks(arms: Sequence[Arm]) -> Dict[str, str]:
    """Fork name -> donor name: each arm whose prefix an earlier arm trains. Per prefix
    the first arm with the automatic onset, and the first with a fixed one, can be
    donors; a fork prefers the automatic one, and an arm with the automatic onset
    forks only from it (a fixed-onset run's checkpoints hold no agreement measured)."""
    donors: Dict[Tuple[Tuple[str, ...], bool], str] = {}
    forks: Dict[str, str] = {}
    for arm in arms:
        key = prefix_options(arm)
        if key is None:
            continue
        fixed = has_fixed_onset(arm.options)
        candidates = [(key, False)] + ([(key, True)] if fixed else [])
        donor = next((donors[c] for c in candidates if c in donors), None)
        if donor is not None:
            forks[arm.name] = donor
        else:
            donors[(key, fixed)] = arm.name
    return forks


def prefix_end(donor_onset: Optional[int], fork_onset: Optional[int]) -> Optional[int]:
    """Where the shared stretch ends: the earlier of the donor's logged onset and the
    fork's fixed one (``None`` for either: it never starts)."""
    known = [u for u in (donor_onset, fork_onset) if u is not None]
    return min(known) if known else None


def onset_planned(log: Path) -> bool:
    """Whether a run's fairseq log says its selection waits for an announced onset (the
    plug-in logs its plan at start-up)."""
    return log.exists() and bool(PLAN_LINE.search(log.read_text()))


def logged_onset(log: Path) -> Optional[int]:
    """The update at which the run's selection started, from its fairseq log."""
    found = ONSET_LINE.search(log.read_text()) if log.exists() else None
    return int(found.group(1)) if found else None


def fork_update(save_dir: Path, onset: Optional[int]) -> Optional[int]:
    """The donor's last interval checkpoint before its onset (its last one when
    selection never started), or ``None`` when it saved none before the onset."""
    updates = sorted(interval_checkpoints(save_dir))
    before = [u for u in updates if onset is None or u < onset]
    return before[-1] if before else None


# ---- the proof ---------------------------------------------------------------------

def _without_onset_watcher(entry: Any) -> Any:
    """An ``extra_state`` entry without the automatic onset's :data:`ONSET_WATCHER` (the
    agreement it has measured), where the entry is the plug-in's task state: a run
    with a fixed onset has none, and until it fires it changes nothing the run trains."""
    if not (isinstance(entry, dict) and isinstance(entry.get(RUN_STATE), dict)):
        return entry
    run = {key: value for key, value in entry[RUN_STATE].items() if key != ONSET_WATCHER}
    return {**entry, RUN_STATE: run}


def comparable_state(path: Path) -> Dict[str, Any]:
    """A checkpoint's state without its clock and meters (:data:`CLOCK`), without the
    configuration, which names each arm's own options, and without the automatic
    onset's watcher (:func:`_without_onset_watcher`)."""
    state = torch.load(path, map_location="cpu")
    kept = {key: state[key] for key in ("model", "last_optimizer_state",
                                         "optimizer_history", "task_state") if key in state}
    for key, value in state.get("extra_state", {}).items():
        if key not in CLOCK:
            kept["extra_state." + key] = _without_onset_watcher(value)
    return kept


def _first_difference(left: Any, right: Any, where: str) -> Optional[str]:
    if torch.is_tensor(left) or torch.is_tensor(right):
        same = (torch.is_tensor(left) and torch.is_tensor(right)
                and left.dtype == right.dtype and left.shape == right.shape
                and _tensor_bytes(left) == _tensor_bytes(right))
        return None if same else where
    if isinstance(left, dict) and isinstance(right, dict):
        if set(left) != set(right):
            return f"{where} (keys {sorted(map(str, set(left) ^ set(right)))})"
        for key in left:
            found = _first_difference(left[key], right[key],
                                      f"{where}.{key}" if where else str(key))
            if found:
                return found
        return None
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        if len(left) != len(right):
            return f"{where} (length {len(left)} against {len(right)})"
        for index, (a, b) in enumerate(zip(left, right)):
            found = _first_difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return None
    return None if left == right else where


def _tensor_bytes(tensor: torch.Tensor) -> bytes:
    flat = tensor.detach().cpu().contiguous().reshape(-1)
    return flat.view(torch.uint8).numpy().tobytes() if flat.numel() else b""


def state_difference(left: Path, right: Path) -> Optional[str]:
    """``None`` if two checkpoints hold the same bytes in every tensor and the same
    value everywhere else (clock, meters and configuration aside); otherwise where they
    first differ."""
    return _first_difference(comparable_state(left), comparable_state(right), "")


def _with_option(command: List[str], flag: str, value: str) -> List[str]:
    changed = list(command)
    changed[changed.index(flag) + 1] = value
    return changed


def proof_command(command: List[str], save_dir: Path, updates: int) -> List[str]:
    """An arm's fairseq-train command, stopped after ``updates`` (the schedule's horizon,
    --total-num-update, unchanged) and saved to ``save_dir``. A fixed onset given as a
    fraction of --max-update is given in updates instead, so that the shorter run does
    not move it into the proof."""
    updates_flag, fraction_flag = FIXED_ONSET
    if (float(option_value(command, fraction_flag) or 0) > 0
            and not float(option_value(command, updates_flag) or 0)):
        onset = fixed_onset(command, int(option_value(command, "--max-update")))
        # the plug-in takes one of the two flags
        command = [*without_options(command, (fraction_flag,)), updates_flag, str(onset)]
    command = _with_option(command, "--save-dir", str(save_dir))
    command = _with_option(command, "--max-update", str(updates))
    return _with_option(command, "--save-interval-updates", str(updates))


def train_briefly(command: List[str], folder: Path, updates: int) -> Path:
    """Train ``command`` for ``updates`` from scratch in ``folder`` (once: a checkpoint
    already there is reused); returns the checkpoint."""
    checkpoint = folder / "checkpoints" / "checkpoint_last.pt"
    if checkpoint.exists():
        return checkpoint
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "train.log"
    with open(log, "w") as handle:
        done = subprocess.run(proof_command(command, folder / "checkpoints", updates),
                              stdout=handle, stderr=subprocess.STDOUT)
    if done.returncode != 0 or not checkpoint.exists():
        raise RuntimeError(f"the prefix proof's training failed; see {log}")
    return checkpoint


def prove_same_prefix(donor: Tuple[str, List[str]], fork: Tuple[str, List[str]],
                      folder: Path, updates: int) -> Optional[str]:
    """Train the donor's and the fork's commands for ``updates`` from scratch and compare
    the checkpoints: ``None`` if identical, else where they differ."""
    (donor_name, donor_command), (fork_name, fork_command) = donor, fork
    left = train_briefly(donor_command, folder / f"{donor_name}-{updates}", updates)
    right = train_briefly(fork_command, folder / f"{fork_name}-{updates}", updates)
    return state_difference(left, right)


# ---- the fork ----------------------------------------------------------------------

def _link_or_copy(source: Path, target: Path) -> None:
    """A hard link (interval checkpoints are never rewritten), a copy where links fail."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def log_until(log: str, updates: int) -> str:
    """A fairseq log's lines up to the one that saved the checkpoint at ``updates``."""
    lines = log.splitlines(keepends=True)
    for index, line in enumerate(lines):
        found = SAVED_LINE.search(line)
        if found and int(found.group(1)) == updates:
            return "".join(lines[: index + 1])
    raise ValueError(f"the log records no checkpoint saved at update {updates}")


def start_fork(donor_name: str, donor_dir: Path, fork_dir: Path, updates: int,
               onset: Optional[int], proof_updates: int,
               fork_onset: Optional[int] = None) -> Dict[str, Any]:
    """Make ``fork_dir`` (which must not exist) with the donor's checkpoints, cached
    scores and log up to ``updates``, that checkpoint as checkpoint_last.pt (fairseq
    resumes from it), and a record of what was shared (:data:`RECORD`). The folder is
    made beside it and renamed into place, so a fork is whole or absent. Returns the
    record."""
    donor_checkpoints = interval_checkpoints(donor_dir / "checkpoints")
    prefix = log_until((donor_dir / "train.log").read_text(), updates)
    staging = fork_dir.with_name(fork_dir.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)  # a fork set up only in part, earlier
    save_dir = staging / "checkpoints"
    save_dir.mkdir(parents=True)
    for at, path in donor_checkpoints.items():
        if at <= updates:
            _link_or_copy(path, save_dir / path.name)
            score = donor_dir / f"valid_{at}.json"
            if score.exists():
                shutil.copyfile(score, staging / score.name)
    # a copy, not a link: fairseq rewrites checkpoint_last.pt
    shutil.copyfile(donor_checkpoints[updates], save_dir / "checkpoint_last.pt")
    (staging / "train.log").write_text(
        prefix + f"[shared prefix: the lines above are arm {donor_name}'s training up to "
        f"update {updates}; this arm goes on from its checkpoint]\n")
    record = {"donor": donor_name, "updates": updates, "donor_onset": onset,
              "proof_updates": proof_updates}
    if fork_onset is not None:
        record["fork_onset"] = fork_onset
    (staging / RECORD).write_text(json.dumps(record, indent=2) + "\n")
    staging.rename(fork_dir)
    return record


def shared_record(fork_dir: Path) -> Optional[Dict[str, Any]]:
    """What a fork shares with its donor, if it is one."""
    path = fork_dir / RECORD
    return json.loads(path.read_text()) if path.exists() else None


def describe(arm: str, seed: int, record: Dict[str, Any]) -> str:
    """One line for the summary on what an arm shares."""
    onset = record.get("donor_onset")
    when = (f"the donor's selection started at update {onset:,}" if onset is not None
            else "selection never started in the donor's run")
    own = record.get("fork_onset")
    if own is not None:
        when += f"; its own fixed onset is at update {own:,}"
    return (f"{arm} (seed {seed}) shares {record['donor']}'s first {record['updates']:,} "
            f"updates ({when}); the two trained identical checkpoints over the first "
            f"{record['proof_updates']} updates from scratch")
