"""The scale benchmark (``autoassist-tools scale``): its synthetic corpus reads back
with fairseq as a binarised corpus should, its shards hold the same pairs, its fitted
lines and projections are right, and one tiny run goes from end to end."""
import json
from pathlib import Path

import numpy as np
import pytest

from autoassist_tools import scale_benchmark as scale
from autoassist_tools.data_sources import synthetic

MIB = 1 << 20


def load_side(folder: Path, split: str, lang: str):
    from fairseq.data import Dictionary, data_utils

    dictionary = Dictionary.load(str(folder / f"dict.{lang}.txt"))
    dataset = data_utils.load_indexed_dataset(str(folder / f"{split}.src-tgt.{lang}"),
                                              dictionary)
    return dictionary, dataset


def side_arrays(dataset):
    """Sizes and every sentence back to back, as numpy; copies, because fairseq's mmap
    dataset unmaps its files when it is collected, under any view of them."""
    return (np.array(dataset.sizes),
            np.concatenate([dataset[i].numpy() for i in range(len(dataset))]))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic") / "c"
    spec = synthetic.CorpusSpec(pairs=2000)
    return root, spec, synthetic.write_corpus(root, spec)


def test_the_corpus_reads_back_with_fairseq(corpus):
    root, spec, summary = corpus
    lengths = {}
    for lang in ("src", "tgt"):
        dictionary, dataset = load_side(root, "train", lang)
        assert len(dictionary) == 32_004 and dictionary.eos() == 2 and dictionary[4] == "w0"
        assert len(dataset) == 2000 and dataset[0].dtype.is_floating_point is False
        sizes, tokens = side_arrays(dataset)
        assert 1 <= sizes.min() and sizes.max() <= 200
        ends = np.cumsum(sizes) - 1
        assert (tokens[ends] == 2).all()  # every sentence ends with eos, counted in its size
        inner = np.delete(tokens, ends)
        assert inner.min() >= 4 and inner.max() < len(dictionary)  # no special inside
        counts = np.bincount(inner, minlength=len(dictionary))
        assert counts[4] > counts[5] > counts[6] > counts[7]  # the Zipf head, id 4 first
        assert counts[4] / len(inner) == pytest.approx(0.142, abs=0.02)
        assert counts[4:].argmax() == 0
        # the dictionary's counts are the data's
        written = np.loadtxt(root / f"dict.{lang}.txt", usecols=1, dtype=np.int64)
        assert written.tolist() == np.bincount(tokens, minlength=len(dictionary))[4:].tolist()
        lengths[lang] = sizes
        assert len(load_side(root, "valid", lang)[1]) == 500
    assert 25 < lengths["src"].mean() < 31
    ratio = lengths["tgt"] / lengths["src"]
    assert np.median(ratio) == pytest.approx(1.0, abs=0.05) and ratio.std() < 0.4
    assert summary["source_tokens"] == lengths["src"].sum()
    assert summary["mean_target_length"] == pytest.approx(lengths["tgt"].mean())
    assert json.loads((root / "summary.json").read_text()) == summary


def test_the_index_is_the_one_fairseq_writes(corpus, tmp_path):
    from fairseq.data.indexed_dataset import MMapIndexedDataset

    root, _, _ = corpus
    _, dataset = load_side(root, "train", "tgt")
    reference = tmp_path / "reference.idx"
    with MMapIndexedDataset.Index.writer(str(reference), np.uint16) as writer:
        writer.write(np.array(dataset.sizes))
    assert reference.read_bytes() == (root / "train.src-tgt.tgt.idx").read_bytes()


def test_the_corpus_is_deterministic_and_a_large_dictionary_takes_uint32(corpus, tmp_path):
    root, spec, _ = corpus
    synthetic.write_corpus(tmp_path / "again", spec)
    for name in ("train.src-tgt.src.bin", "train.src-tgt.tgt.idx", "dict.tgt.txt"):
        assert (tmp_path / "again" / name).read_bytes() == (root / name).read_bytes()
    other = synthetic.CorpusSpec(pairs=2000, seed=2)
    synthetic.write_corpus(tmp_path / "other", other)
    assert (tmp_path / "other" / "train.src-tgt.src.bin").read_bytes() != \
        (root / "train.src-tgt.src.bin").read_bytes()

    wide = synthetic.CorpusSpec(pairs=50, vocab_size=70_000, valid_pairs=5)
    synthetic.write_corpus(tmp_path / "wide", wide)
    dictionary, dataset = load_side(tmp_path / "wide", "train", "src")
    assert wide.dtype == np.uint32 and len(dictionary) == 70_004 and len(dataset) == 50
    assert dataset[0][-1].item() == 2


def test_shards_split_the_same_pairs_into_complete_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(synthetic, "BLOCK_PAIRS", 500)  # shards cut across blocks
    whole = synthetic.CorpusSpec(pairs=2001, valid_pairs=20)
    sharded = synthetic.CorpusSpec(pairs=2001, valid_pairs=20, shards=3)
    synthetic.write_corpus(tmp_path / "whole", whole)
    summary = synthetic.write_corpus(tmp_path / "sharded", sharded)
    folders = synthetic.shard_folders(tmp_path / "sharded", 3)
    assert synthetic.data_path(tmp_path / "sharded", 3) == ":".join(map(str, folders))
    assert [s["pairs"] for s in summary["shards"]] == [667, 667, 667]
    for lang in ("src", "tgt"):
        whole_sizes, whole_tokens = side_arrays(load_side(tmp_path / "whole", "train", lang)[1])
        parts = [side_arrays(load_side(folder, "train", lang)[1]) for folder in folders]
        assert np.concatenate([p[0] for p in parts]).tolist() == whole_sizes.tolist()
        assert np.concatenate([p[1] for p in parts]).tolist() == whole_tokens.tolist()
        for folder in folders:
            assert (folder / f"dict.{lang}.txt").read_bytes() == \
                (tmp_path / "whole" / f"dict.{lang}.txt").read_bytes()
            assert (folder / f"valid.src-tgt.{lang}.bin").read_bytes() == \
                (tmp_path / "whole" / f"valid.src-tgt.{lang}.bin").read_bytes()
    assert summary["source_tokens"] == \
        json.loads((tmp_path / "whole" / "summary.json").read_text())["source_tokens"]


def test_a_cached_corpus_is_reused_only_for_the_same_spec(tmp_path):
    spec = synthetic.CorpusSpec(pairs=100, valid_pairs=5)
    first, reused = synthetic.cached_corpus(tmp_path / "c", spec)
    assert not reused
    again, reused = synthetic.cached_corpus(tmp_path / "c", spec)
    assert reused and again == first
    _, reused = synthetic.cached_corpus(tmp_path / "c", synthetic.CorpusSpec(pairs=100,
                                                                            valid_pairs=5,
                                                                            seed=3))
    assert not reused


# ---- the report's arithmetic ------------------------------------------------------------

def made_up_runs(workers: int):
    """plain: 2000 MiB and 5 s + 0.5 s per million pairs; autoassist: 50 MiB + 100 bytes
    a pair more per worker, and 6 s + 2 s per million pairs."""
    runs = []
    for pairs in (1_000_000, 5_000_000, 20_000_000):
        for arm, peak, startup in (
                ("plain", 2000.0, 5 + 0.5 * pairs / 1e6),
                ("autoassist", 2050.0 + 100 * pairs / MIB, 6 + 2 * pairs / 1e6)):
            runs.append(scale.RunResult(
                pairs=pairs, workers=workers, arm=arm, repeat=0, status="ok",
                startup_s=startup, wall_s=startup + 1, peak_rss_mib=[peak] * workers,
                last_rss_mib=[peak / 2] * workers, peak_total_rss_mib=peak * workers,
                peak_anon_mib=[peak - 400] * workers,
                milestone_memory={"iterating": {"rss_mib": peak - 1000, "anon_mib": 0.0}}))
    return runs


def test_the_fitted_lines_and_projections():
    runs = made_up_runs(2)
    fits = scale.fits(runs, 2, ["plain", "autoassist"])
    extra = fits["autoassist"].extra_bytes
    assert extra.slope == pytest.approx(100.0) and extra.intercept == pytest.approx(50 * MIB)
    assert extra.at(36e6) == pytest.approx(50 * MIB + 3.6e9)
    assert fits["autoassist"].startup.slope * 1e6 == pytest.approx(2.0)
    assert fits["autoassist"].startup.at(36e6) == pytest.approx(78.0)
    assert fits["plain"].extra_bytes is None
    assert fits["plain"].startup.at(36e6) == pytest.approx(23.0)
    assert scale.fit_line([5, 5], [1, 2]) is None

    ready = fits["autoassist"].extra_ready_bytes  # made up: 1000 MiB under each peak
    assert ready.slope == pytest.approx(100.0) and ready.intercept == pytest.approx(50 * MIB)

    table = "\n".join(scale.fit_table(fits, ["plain", "autoassist"], 2))
    gib = (50 * MIB + 3.6e9) / (1 << 30)
    assert f"| autoassist | peak | 100.0 | 50 | {gib:,.2f} | {2 * gib:,.2f} |" in table
    assert f"| autoassist | RSS before the first update | 100.0 | 50 | {gib:,.2f} |" in table
    assert "| autoassist | 2.00 | 6.0 | 78 |" in table
    assert "| plain | 0.50 | 5.0 | 23 |" in table
    assert "| plain | peak" not in table
    one_size = [r for r in runs if r.pairs == 5_000_000]
    assert scale.fit_table(scale.fits(one_size, 2, ["plain", "autoassist"]),
                           ["plain", "autoassist"], 2) == ["(A line needs two corpus sizes.)", ""]


def test_the_report_lists_each_size_and_the_extra_per_pair():
    runs = made_up_runs(1)
    results = {
        "command": "python -m autoassist_tools scale --workers 1", "started": "then",
        "machine": {"cpus": 2, "memory_gib": 24.0, "fairseq": "x", "torch": "y",
                    "python": "3"},
        "settings": {"arm": ["plain", "autoassist"], "workers": [1], "max_update": 10,
                     "threads": 1, "repeats": 1},
        "corpora": {}, "scoring": {}, "runs": [vars(r) for r in runs],
        "skipped": [vars(scale.Skipped(36_000_000, 1, "too big"))],
    }
    report = scale.render_report(results)
    assert "Command: `python -m autoassist_tools scale --workers 1`" in report
    assert "| 5,000,000 | 7.5 | 2,000 | 16.0 | 2,527 |" in report
    # 50 MiB + 100 bytes a pair over 5M pairs: 110 bytes a pair
    assert "| 5,000,000 | autoassist | 527 | 110 | 527 | 527 | 8.5 |" in report
    assert "- skipped 36,000,000 pairs: too big" in report


def test_a_size_the_memory_cannot_hold_is_skipped(monkeypatch):
    monkeypatch.setattr(scale, "meminfo", lambda: {"MemTotal": 24 << 30,
                                                   "MemAvailable": 20 << 30})
    runs = made_up_runs(1)  # the line: about 2050 MiB + 100 bytes a pair
    assert scale.memory_check(20_000_000, 1, runs, 1) is None
    assert scale.projected_worker_bytes(100_000_000, runs, 1) == pytest.approx(
        2050 * MIB + 1e10, rel=1e-6)
    reason = scale.memory_check(100_000_000, 2, runs, 2)  # measured with 1, asked for 2
    need = 2 * (2050 * MIB + 1e10) / (1 << 30)
    assert reason == f"2 worker(s) would need about {need:.1f} GiB, 17.6 GiB is available " \
        "(less a margin)"
    # nothing measured: the prior
    assert scale.projected_worker_bytes(1000, [], None) == pytest.approx(
        scale.PRIOR_BASE_MIB * MIB + scale.PRIOR_BYTES_PER_PAIR * 1000)


# ---- end to end -------------------------------------------------------------------------

def test_a_tiny_benchmark_runs_from_end_to_end(tmp_path):
    work = tmp_path / "scale"
    code = scale.main(["--pairs", "3000", "--workers", "1", "--arm", "plain",
                       "--arm", "autoassist", "--max-update", "2", "--work-dir", str(work),
                       "--no-warm-up", "--assistant-steps", "20", "--scoring-seconds", "0.05"])
    assert code == 0
    report = (work / "report.md").read_text()
    assert "| pairs | plain start-up s | plain peak RSS MiB | autoassist start-up s |" in report
    assert "| 3,000 | autoassist |" in report  # the extra over plain
    assert "--pairs 3000 --workers 1 --arm plain --arm autoassist" in report
    results = json.loads((work / "report.json").read_text())
    assert [(r["arm"], r["status"]) for r in results["runs"]] == [("plain", "ok"),
                                                                  ("autoassist", "ok")]
    for run in results["runs"]:
        assert 0 < run["startup_s"] <= run["wall_s"] and run["updates"] == 2
        assert 0 < run["peak_anon_mib"][0] <= run["peak_rss_mib"][0]
        assert run["peak_rss_mib"][0] > 100
        assert run["milestones"]["model built"] < run["startup_s"]
        assert run["milestone_memory"]["iterating"]["rss_mib"] > 100
    assert "assistant ready" in results["runs"][1]["milestones"]
    scoring = results["scoring"]["3000"]
    assert scoring["status"] == "ok" and scoring["pairs"] == 3000
    assert scoring["predictors"]["token"]["keep_probability"]["2048"]["candidates_per_s"] > 0
