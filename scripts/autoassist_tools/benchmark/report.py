"""The benchmark's outputs: JSON, CSV, a plot of BLEU and valid NLL against time and a
Markdown summary.

Time to target: the training seconds at which an arm's valid BLEU first reaches the
target, interpolated linearly between the two checkpoints around the crossing.
"""
from __future__ import annotations

import csv
import logging
import json
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROW_FIELDS = ["arm", "seed", "updates", "train_seconds", "boss_tokens", "keep_rate", "bleu",
              "valid_nll"]


def time_to_reach(rows: Sequence[Dict], target: float, key: str = "bleu",
                  lower_is_better: bool = False) -> Optional[float]:
    """First training time at which ``key`` (valid BLEU unless told) reaches ``target``,
    interpolated linearly; rows that lack ``key`` are skipped."""
    sign = -1.0 if lower_is_better else 1.0
    goal = sign * target
    previous = None
    for row in sorted(rows, key=lambda r: r["train_seconds"]):
        if row.get(key) is None:
            continue
        value = sign * row[key]
        if value >= goal:
            if previous is None:
                return row["train_seconds"]
            before = sign * previous[key]
            fraction = (goal - before) / (value - before)
            return previous["train_seconds"] + fraction * (
                row["train_seconds"] - previous["train_seconds"]
            )
        previous = row
    return None


def nll_range(arm_rows: Sequence[Dict]) -> Tuple[Optional[float], Optional[float]]:
    """An arm's best (lowest) and final valid NLL; None where not recorded (results
    from before the NLL was)."""
    recorded = [r["valid_nll"] for r in arm_rows if r.get("valid_nll") is not None]
    return (min(recorded) if recorded else None), arm_rows[-1].get("valid_nll")


def nll_text(value: Optional[float]) -> str:
    """A valid NLL as the summary prints it: fairseq's 3 decimals, or n/a."""
    return "n/a" if value is None else f"{value:.3f}"


def write_tables(rows: List[Dict], folder: Path) -> None:
    (folder / "results.json").write_text(json.dumps(rows, indent=2) + "\n")
    with open(folder / "results.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ROW_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def _draw(axis, rows: List[Dict], key: str) -> int:
    """One line per arm and seed of ``key`` against training time (a colour per arm, a
    marker per seed, alike in every panel); rows without ``key`` are left out. Returns
    the number of points drawn."""
    arms = sorted({r["arm"] for r in rows}, key=lambda a: (a != "baseline", a))
    seeds = sorted({r["seed"] for r in rows})
    markers = "os^vDP*X"
    drawn = 0
    for arm_index, arm in enumerate(arms):
        for seed_index, seed in enumerate(seeds):
            points = sorted((r for r in rows if (r["arm"], r["seed"]) == (arm, seed)
                             and r.get(key) is not None), key=lambda r: r["train_seconds"])
            if not points:
                continue
            axis.plot([p["train_seconds"] for p in points], [p[key] for p in points],
                      color=f"C{arm_index}", marker=markers[seed_index % len(markers)],
                      label=f"{arm} (seed {seed})",
                      linestyle="-" if arm == "baseline" else "--")
            drawn += len(points)
    axis.grid(alpha=0.3)
    return drawn


def plot(rows: List[Dict], path: Path, title: str) -> None:
    """Valid BLEU above, valid NLL below (BLEU is noisy from checkpoint to checkpoint;
    NLL shows the trend). Rows from before the NLL was recorded leave its panel empty."""
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (bleu_axis, nll_axis) = plt.subplots(2, 1, figsize=(7, 8), sharex=True)
    _draw(bleu_axis, rows, "bleu")
    bleu_axis.set_ylabel("valid BLEU (sacrebleu)")
    bleu_axis.set_title(title)
    bleu_axis.legend()
    if not _draw(nll_axis, rows, "valid_nll"):
        nll_axis.text(0.5, 0.5, "valid NLL not recorded", ha="center", va="center",
                      transform=nll_axis.transAxes)
        nll_axis.set_yticks([])
    nll_axis.set_ylabel("valid NLL (bits per target token)")
    nll_axis.set_xlabel("training seconds (fairseq's clock, checkpoint writes excluded)")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


TARGETS = (("baseline best", 1.0), ("95% of it", 0.95))


def _arm_rows(rows: Sequence[Dict], arm: str, seed: int) -> List[Dict]:
    return sorted((r for r in rows if r["arm"] == arm and r["seed"] == seed),
                  key=lambda r: r["updates"])


def time_ratios(rows: Sequence[Dict], arm: str, seed: int) -> List[Optional[float]]:
    """Arm's time to each target over the baseline's (None: the arm never got there):
    the comparison against the best plain arm, with plain fairseq the only one."""
    return ratios_to_best_plain(rows, arm, seed, ["baseline"])[:len(TARGETS)]


# Targets against the best plain arm: (name, row key, share of the best value or None
# for the best value itself, whether lower is better).
PLAIN_TARGETS = (("best plain BLEU", "bleu", 1.0, False),
                 ("95% of it", "bleu", 0.95, False),
                 ("lowest plain valid NLL", "valid_nll", None, True))


def plain_targets(rows: Sequence[Dict], seed: int,
                  plain: Sequence[str]) -> List[Tuple[Optional[float], Optional[str]]]:
    """For one seed, each of PLAIN_TARGETS' values and the plain arm that sets it (the
    one with the best valid BLEU, or the lowest valid NLL); (None, None) where no plain
    arm recorded the metric."""
    found = []
    for _, key, share, lower in PLAIN_TARGETS:
        best: Optional[Tuple[float, str]] = None
        for arm in plain:
            values = [r[key] for r in _arm_rows(rows, arm, seed) if r.get(key) is not None]
            if not values:
                continue
            value = min(values) if lower else max(values)
            if best is None or (value < best[0] if lower else value > best[0]):
                best = (value, arm)
        if best is None:
            found.append((None, None))
        else:
            found.append((best[0] * share if share is not None else best[0], best[1]))
    return found


def ratios_to_best_plain(rows: Sequence[Dict], arm: str, seed: int,
                         plain: Sequence[str]) -> List[Optional[float]]:
    """The arm's time to each of PLAIN_TARGETS over the fastest plain arm's time to it
    (None: the arm never got there, or the metric was not recorded). Since keepall is
    what a user gets from the iterator alone, beating plain fairseq is not enough."""
    ratios: List[Optional[float]] = []
    for (_, key, _, lower), (value, _) in zip(PLAIN_TARGETS, plain_targets(rows, seed, plain)):
        if value is None:
            ratios.append(None)
            continue
        theirs = [t for t in (time_to_reach(_arm_rows(rows, p, seed), value, key, lower)
                              for p in plain) if t is not None]
        mine = time_to_reach(_arm_rows(rows, arm, seed), value, key, lower)
        ratios.append(mine / min(theirs) if mine is not None and theirs and min(theirs) > 0
                      else None)
    return ratios


def final_gaps(rows: Sequence[Dict], arm: str, seed: int,
               plain: Sequence[str]) -> Tuple[Optional[float], Optional[float]]:
    """The arm's final valid BLEU minus the best plain arm's final one, and its final
    valid NLL minus the lowest plain final one (None where not recorded)."""
    finals = {p: _arm_rows(rows, p, seed)[-1] for p in plain if _arm_rows(rows, p, seed)}
    mine = _arm_rows(rows, arm, seed)[-1]
    bleu = mine["bleu"] - max(r["bleu"] for r in finals.values())
    nlls = [r["valid_nll"] for r in finals.values() if r.get("valid_nll") is not None]
    nll = (mine["valid_nll"] - min(nlls)
           if mine.get("valid_nll") is not None and nlls else None)
    return bleu, nll


def spread_text(values: Sequence[Optional[float]], digits: int = 2, signed: bool = False,
                per_seed: bool = True) -> str:
    """Per-seed values as ``mean ± std (v1, v2, ...)``: the std is over seeds (n - 1), so
    that a difference is read against it; 'not reached' marks a seed without a value.
    Without ``per_seed``, the compact form for the README: ``mean ± std``, the mean
    alone for one seed, and ``mean (reached in k of n seeds)`` where some seeds have no
    value."""
    sign = "+" if signed else ""
    shown = ", ".join("not reached" if v is None else f"{v:{sign}.{digits}f}" for v in values)
    known = [v for v in values if v is not None]
    if not known:
        return "not reached"
    mean = sum(known) / len(known)
    if len(known) < 2:
        if not per_seed:
            return f"{mean:{sign}.{digits}f}" + (
                "" if len(values) == 1 else f" (reached in 1 of {len(values)} seeds)")
        return f"{mean:{sign}.{digits}f} (one seed: no spread)" if len(values) == 1 \
            else f"{mean:{sign}.{digits}f} ({shown})"
    std = (sum((v - mean) ** 2 for v in known) / (len(known) - 1)) ** 0.5
    if not per_seed:
        partial = (f" (reached in {len(known)} of {len(values)} seeds)"
                   if len(known) < len(values) else "")
        return f"{mean:{sign}.{digits}f} ± {std:.{digits}f}{partial}"
    return f"{mean:{sign}.{digits}f} ± {std:.{digits}f} ({shown})"


def mean_keep_rate(arm_rows: Sequence[Dict]) -> float:
    """An arm's keep rate averaged over its checkpoints (the warm-up included)."""
    return sum(r["keep_rate"] for r in arm_rows) / len(arm_rows)


def against_best_plain(rows: Sequence[Dict], plain: Sequence[str]):
    """Per arm (selecting arms first, then the plain ones, baseline first), the seeds
    it ran, its ratios_to_best_plain and its final_gaps per seed; plain arms that did not
    run are left out of ``plain``. Returns (plain, seeds, [(arm, held, ratios, gaps)])."""
    plain = [p for p in plain if any(r["arm"] == p for r in rows)]
    seeds = sorted({r["seed"] for r in rows if r["arm"] in plain})
    arms = sorted({r["arm"] for r in rows}, key=lambda a: (a in plain, a != "baseline", a))
    found = []
    for arm in arms:
        held = [s for s in seeds if _arm_rows(rows, arm, s)]
        found.append((arm, held, [ratios_to_best_plain(rows, arm, s, plain) for s in held],
                      [final_gaps(rows, arm, s, plain) for s in held]))
    return plain, seeds, found


def best_plain_section(rows: Sequence[Dict], plain: Sequence[str]) -> List[str]:
    """Every arm against the best plain arm of its seed, with the spread over seeds
    next to each figure."""
    plain, seeds, found = against_best_plain(rows, plain)
    if not plain or not seeds:
        return []
    lines = [f"### Against the best plain arm ({', '.join(plain)})", "",
             "Per seed, the targets are the best valid BLEU and the lowest valid NLL that "
             "any plain arm reaches; a ratio is an arm's training time to a target over the "
             "fastest plain arm's time to it. Each cell: mean ± std over seeds (per seed).",
             ""]
    for seed in seeds:
        shown = []
        for (name, _, _, lower), (value, setter) in zip(PLAIN_TARGETS,
                                                        plain_targets(rows, seed, plain)):
            if value is not None:
                shown.append(f"{name} {value:.{3 if lower else 2}f}"
                             + (f" ({setter})" if setter else ""))
        lines.append(f"- seed {seed}: " + ", ".join(shown))
    lines += ["", "| arm | " + " | ".join(f"ratio to {name}" for name, *_ in PLAIN_TARGETS)
              + " | final valid BLEU − best plain's | final valid NLL − lowest plain's |",
              "|---" * (3 + len(PLAIN_TARGETS)) + "|"]
    for arm, _, ratios, gaps in found:
        cells = [spread_text([r[i] for r in ratios]) for i in range(len(PLAIN_TARGETS))]
        cells += [spread_text([g[0] for g in gaps], 2, signed=True),
                  spread_text([g[1] for g in gaps], 3, signed=True)]
        lines.append(f"| {arm} | " + " | ".join(cells) + " |")
    return lines + [""]


def best_plain_verdict(rows: Sequence[Dict], plain: Sequence[str]) -> List[str]:
    """One computed sentence per selecting arm against the best plain arm."""
    plain, _, found = against_best_plain(rows, plain)
    lines = []
    for arm, held, ratios, gaps in found:
        if arm in plain or not held:
            continue
        first = [r[0] for r in ratios]
        bleu = [g[0] for g in gaps]
        lines += [f"**{arm} against the best plain arm** ({', '.join(plain)}), "
                  f"{len(held)} seed(s): time ratio to its best valid BLEU "
                  f"{spread_text(first)}; final valid BLEU minus the best plain arm's "
                  f"{spread_text(bleu, 2, signed=True)}.", ""]
    return lines


def late_gain(arm_rows: Sequence[Dict]) -> str:
    """BLEU gained over the last quarter of the updates and over the last interval
    between checkpoints: is the curve levelling off?"""
    last = arm_rows[-1]
    cutoff = 0.75 * last["updates"]
    earlier = [r for r in arm_rows if r["updates"] <= cutoff]
    if not earlier:
        return "too few checkpoints to tell whether it levels off"
    start, before_last = earlier[-1], arm_rows[-2]
    gain = (f"{last['bleu'] - start['bleu']:+.2f} BLEU over its last "
            f"{last['updates'] - start['updates']} updates ({start['updates']} to "
            f"{last['updates']})")
    if before_last is not start:
        gain += (f", {last['bleu'] - before_last['bleu']:+.2f} over the last "
                 f"{last['updates'] - before_last['updates']}")
    return gain


def verdict(rows: Sequence[Dict], tests: Dict) -> List[str]:
    """One computed paragraph per non-baseline arm, across all seeds."""
    seeds = sorted({r["seed"] for r in rows if r["arm"] == "baseline"})
    arms = sorted({r["arm"] for r in rows} - {"baseline"})
    lines = []
    for arm in arms:
        parts = []
        for seed in seeds:
            if not _arm_rows(rows, arm, seed):
                continue
            ratios = time_ratios(rows, arm, seed)
            shown = ", ".join(
                f"{name}: {'not reached' if r is None else f'{r:.2f}'}"
                for (name, _), r in zip(TARGETS, ratios)
            )
            final = _arm_rows(rows, arm, seed)[-1]["bleu"]
            base_final = _arm_rows(rows, "baseline", seed)[-1]["bleu"]
            test = tests.get(f"{arm}/{seed}", {}).get("bleu")
            base_test = tests.get(f"baseline/{seed}", {}).get("bleu")
            test_text = (f", test {test:.2f} against {base_test:.2f}"
                         if test is not None and base_test is not None else "")
            parts.append(f"seed {seed}: time ratio {shown}; final valid BLEU {final:.2f} "
                         f"against {base_final:.2f}{test_text}")
        lines.append(f"**{arm} against baseline**, {len(parts)} seed(s): "
                     + "; ".join(parts) + ".")
        lines.append("")
    return lines


def shared_prefix_lines(context: Dict) -> List[str]:
    """What arms trained once for several (--share-prefix), as one paragraph."""
    shared = context.get("shared") or []
    if not shared:
        return []
    return ["Shared prefixes (--share-prefix, scripts/autoassist_tools/benchmark/prefix.py): "
            "each fork goes on from its donor's checkpoint, clock included, so its times "
            "count from update 0: " + "; ".join(shared) + ".", ""]


def joined_arm_lines(context: Dict) -> List[str]:
    """Arms trained after the round and joined to its folder, as one paragraph."""
    joined = context.get("joined") or []
    if not joined:
        return []
    return ["Joined arms: " + "; ".join(joined) + ".", ""]


def summarise(rows: List[Dict], tests: Dict, context: Dict) -> str:
    """The Markdown summary: verdict, best BLEU, valid NLL, targets, times, ratios, test
    BLEU, cost."""
    plain = list(context.get("plain_arms") or ["baseline"])
    lines = best_plain_verdict(rows, plain) if len(plain) > 1 else []
    lines += verdict(rows, tests)
    lines += [f"Command: `{context['command']}`", "",
              f"Machine: {context['machine']}. Preset `{context['preset']}`: "
              f"{context['why']}.", "",
              f"BLEU: {context['signature']}", ""]
    lines += shared_prefix_lines(context)
    lines += joined_arm_lines(context)
    seeds = sorted({r["seed"] for r in rows})
    for seed in seeds:
        seed_rows = [r for r in rows if r["seed"] == seed]
        arms = sorted({r["arm"] for r in seed_rows}, key=lambda a: (a != "baseline", a))
        baseline = _arm_rows(rows, "baseline", seed)
        if not baseline:
            continue
        best = max(r["bleu"] for r in baseline)
        targets = [(name, share * best) for name, share in TARGETS]
        lines += [f"### Seed {seed}", "",
                  "| arm | best valid BLEU | final valid BLEU | best valid NLL | final valid NLL "
                  "| test BLEU (best ckpt) | "
                  + " | ".join(f"time to {name} ({value:.2f})" for name, value in targets)
                  + " | " + " | ".join(f"ratio to baseline ({name})" for name, _ in targets)
                  + " | updates/s | target tokens per update | mean keep rate (warm-up included) |",
                  "|---" * (9 + 2 * len(targets)) + "|"]
        for arm in arms:
            arm_rows = _arm_rows(rows, arm, seed)
            times = [time_to_reach(arm_rows, value) for _, value in targets]
            ratios = ["not reached" if r is None else f"{r:.2f}"
                      for r in time_ratios(rows, arm, seed)]
            test = tests.get(f"{arm}/{seed}", {})
            last = arm_rows[-1]
            keep = mean_keep_rate(arm_rows)
            best_nll, final_nll = nll_range(arm_rows)
            lines.append(
                f"| {arm} | {max(r['bleu'] for r in arm_rows):.2f} | {last['bleu']:.2f} | "
                f"{nll_text(best_nll)} | {nll_text(final_nll)} | "
                f"{test.get('bleu', float('nan')):.2f} (@{test.get('updates', '?')}) | "
                + " | ".join(f"{t:.0f} s" if t is not None else "not reached" for t in times)
                + " | " + " | ".join(ratios)
                + f" | {last['updates'] / last['train_seconds']:.2f}"
                f" | {last['boss_tokens'] / last['updates']:,.0f} | {keep:.2f} |"
            )
        lines += ["", "Late gains: " + "; ".join(
            f"{arm} {late_gain(_arm_rows(rows, arm, seed))}" for arm in arms) + ".", ""]
    if len(plain) > 1:
        lines += best_plain_section(rows, plain)
    return "\n".join(lines)


README_COLUMNS = ("time ratio to best plain BLEU", "to 95% of it",
                  "final valid BLEU − best plain's", "final valid NLL − lowest plain's",
                  "keep rate")


def readme_block(rows: List[Dict], context: Dict, plot_link: str, summary_link: str) -> str:
    """The README's Results block: the plot, one table of every arm against the best
    plain arm (the figures of best_plain_section and the mean keep rate, as mean ± std
    over seeds without the per-seed values), the command and the machine. Per-seed
    tables and prose are in summary.md, linked."""
    plain, seeds, found = against_best_plain(rows, list(context.get("plain_arms")
                                                       or ["baseline"]))
    setters = [plain_targets(rows, seed, plain)[0][1] for seed in seeds]
    if len(plain) == 1:
        best = f"{plain[0]}, the only plain arm"
    elif len(set(setters)) == 1:
        every = " in every seed" if len(seeds) > 1 else ""
        best = f"of {', '.join(plain)}: {setters[0]}{every}"
    else:
        best = f"of {', '.join(plain)}: " + ", ".join(
            f"{arm} in seed {seed}" for seed, arm in zip(seeds, setters))
    spread = ("one seed, no spread" if len(seeds) == 1
              else f"mean ± std over {len(seeds)} seeds")
    lines = [f"![BLEU against training time]({plot_link})", "",
             f"Each arm against the best plain arm ({best}), {spread}. Times: the arm's "
             "training time to the best plain valid BLEU, and to 95% of it, over the "
             "fastest plain arm's (below 1 is faster). Final valid BLEU minus the best "
             "plain one, final valid NLL (bits per target token) minus the lowest plain "
             "one. Keep rate: the mean share of pairs kept, warm-up included. Per seed, "
             f"with test BLEU: [summary.md]({summary_link}).", "",
             "| arm | " + " | ".join(README_COLUMNS) + " |",
             "|---" * (1 + len(README_COLUMNS)) + "|"]
    for arm, held, ratios, gaps in found:
        keep = [mean_keep_rate(_arm_rows(rows, arm, s)) for s in held]
        cells = [spread_text([r[i] for r in ratios], per_seed=False) for i in range(2)]
        cells += [spread_text([g[0] for g in gaps], 2, signed=True, per_seed=False),
                  spread_text([g[1] for g in gaps], 3, signed=True, per_seed=False)
                  if any(g[1] is not None for g in gaps) else "n/a",
                  spread_text(keep, per_seed=False)]
        lines.append(f"| {arm} | " + " | ".join(cells) + " |")
    lines += ["", f"Command: `{context['command']}`", ""]
    lines += shared_prefix_lines(context)
    lines += joined_arm_lines(context)
    lines += [f"Machine: {context['machine']}."]
    return "\n".join(lines)


def replace_readme_section(readme: Path, body: str) -> None:
    """Put ``body`` between the README's results markers (added at the end if absent)."""
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    text = readme.read_text()
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        text = before + block + after
    else:
        text = text.rstrip() + "\n\n## Results\n\n" + block + "\n"
    readme.write_text(text)


BRIEF_NAMES = {"baseline": "plain fairseq", "autoassist": "AutoAssist, its defaults"}


def brief(rows: Sequence[Dict], tests: Dict, setting: str) -> str:
    """One short table and one sentence, for a first look (``make demo``): each arm's
    training time to plain fairseq's best valid BLEU, final valid and test BLEU and
    target tokens per update, over the first seed; what it shows and what it does not."""
    seed = min(r["seed"] for r in rows)
    baseline = _arm_rows(rows, "baseline", seed)
    target = max(r["bleu"] for r in baseline)
    arms = sorted({r["arm"] for r in rows if r["seed"] == seed},
                  key=lambda a: (a != "baseline", a))
    lines = ["| | time to plain fairseq's best valid BLEU | final valid BLEU | test BLEU "
             "| target tokens per update |", "|---|---|---|---|---|"]
    reached = {}
    for arm in arms:
        arm_rows = _arm_rows(rows, arm, seed)
        last = arm_rows[-1]
        seconds = time_to_reach(arm_rows, target)
        reached[arm] = seconds
        test = tests.get(f"{arm}/{seed}", {}).get("bleu")
        lines.append(
            f"| {BRIEF_NAMES.get(arm, arm)} | "
            f"{'not reached' if seconds is None else f'{seconds:.0f} s'} | {last['bleu']:.2f} | "
            f"{'?' if test is None else f'{test:.2f}'} | "
            f"{last['boss_tokens'] / last['updates']:,.0f} |")
    others = [a for a in arms if a != "baseline"]
    plain_final = baseline[-1]["bleu"]
    findings = []
    for arm in others:
        final = _arm_rows(rows, arm, seed)[-1]["bleu"]
        name = BRIEF_NAMES.get(arm, arm)
        if reached[arm] is None:
            findings.append(f"{name} did not reach plain fairseq's best valid BLEU "
                            f"({final:.2f} at the end against {plain_final:.2f})")
        else:
            findings.append(f"{name} reached plain fairseq's best valid BLEU in "
                            f"{reached[arm] / reached['baseline']:.2f} of its training time "
                            f"(final {final:.2f} against {plain_final:.2f})")
    sentence = (f"{setting}, one seed: {'; '.join(findings)}; a run this small shows that "
                "preparing, training and scoring work on this machine, and is too short and "
                "its data too small to show the speed-up, which the README's Results "
                "measure on the full corpus over two seeds.")
    return "\n".join(lines) + "\n\n" + sentence
