"""Raw parallel text in, a fairseq data directory out.

One command cleans a corpus, splits it, trains a joint SentencePiece model and
binarises every split with fairseq's own ``fairseq-preprocess`` (joined dictionary).

Sources (``--source``):

- ``text``: aligned files ``PREF.SRC``/``PREF.TGT``. ``--trainpref`` alone is split into
  train/valid/test (``--valid-size``/``--test-size`` pairs drawn with ``--seed``);
  ``--validpref``/``--testpref`` supply ready-made splits instead.
- ``iwslt14``: the raw IWSLT'14 ``de-en`` release folder (``--iwslt-dir``), split as
  fairseq's ``prepare-iwslt14.sh`` does (valid = every 23rd cleaned training line, test
  = TED dev2010 + TEDX dev2012 + TED tst2010-2012). Defaults: ``--max-words 175
  --max-ratio 1.5``, fairseq's own limits.
- ``bible``: Reina-Valera 1909 (es) and World English Bible (en), verse-aligned, from
  Debian's SWORD modules (``apt-get install libsword-utils sword-text-sparv
  sword-text-web``; ``--install-packages`` runs that as root), or from mod2imp exports
  given with ``--bible-imp``. Either direction.

Cleaning (counts per rule in the summary; see ``data_sources/cleaning.py``): markup and
control characters removed, Unicode NFC, whitespace normalised, empty pairs dropped;
training pairs over ``--max-words`` words on a side or with a word-count ratio above
``--max-ratio`` dropped. Valid/test sets supplied by the source are not
length-filtered; those carved from the training data are (they are cleaned first).
Nothing is truncated.

Output directory (``--out-dir``), written to a temporary sibling and renamed into place
at the end, so a failure leaves an existing directory untouched::

    train.SRC-TGT.SRC.bin/.idx, train.SRC-TGT.TGT.bin/.idx, valid..., test...
    dict.SRC.txt, dict.TGT.txt      joined fairseq dictionary (identical files)
    spm.model, spm.vocab            the joint SentencePiece model
    raw/valid.SRC, raw/valid.TGT,   cleaned, untokenised references for decoding and
    raw/test.SRC, raw/test.TGT      sacrebleu scoring
    preprocess.log                  fairseq-preprocess's log
    prepare_summary.json            settings, cleaning counts, pairs and tokens per
                                    split, vocabulary sizes, paths, running time

With ``--make-sample``, no model or binaries are built: ``--out-dir`` receives a
deterministic random subset of the cleaned splits as plain text
(``{train,valid,test}.{SRC,TGT}``, sizes from ``--sample-sizes``); this is how
``data/bible-es-en`` was made.

Examples::

    python scripts/prepare_data.py --source bible --out-dir runs/data/bible-es-en
    python scripts/prepare_data.py --source text --src es --tgt en \\
        --trainpref data/bible-es-en/train --validpref data/bible-es-en/valid \\
        --testpref data/bible-es-en/test --vocab-size 4000 \\
        --out-dir runs/data/bible-es-en-sample
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from .data_sources import PrepareError, build
from .data_sources.cleaning import CleaningRules, clean_pairs, strip_tags

DEFAULT_LANGS = {"bible": ("es", "en"), "iwslt14": ("de", "en")}
DEFAULT_LIMITS = {"iwslt14": (175, 1.5)}  # (max words, max ratio); others: (80, 9.0)


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows defaults, except the empty ones (None, False)."""

    def _get_help_string(self, action):
        if action.default in (None, False):
            return action.help
        return super()._get_help_string(action)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Clean, split, SentencePiece-encode and binarise a parallel corpus "
        "for fairseq.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "--source",
        required=True,
        choices=("text", "iwslt14", "bible"),
        help="where the corpus comes from",
    )
    parser.add_argument(
        "--out-dir",
        required=True,
        type=Path,
        help="output directory (fairseq data, or the text sample with "
        "--make-sample)",
    )
    parser.add_argument(
        "--src",
        help="source language code (bible: es, iwslt14: de; " "required for text)",
    )
    parser.add_argument(
        "--tgt",
        help="target language code (bible: en, iwslt14: en; " "required for text)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an output directory that already holds data",
    )
    parser.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bars (the summary is still printed)",
    )

    group = parser.add_argument_group("text source")
    group.add_argument(
        "--trainpref",
        help="training files PREF.SRC and PREF.TGT (the "
        "whole corpus when valid/test are to be split off)",
    )
    group.add_argument(
        "--validpref",
        help="validation files PREF.SRC/PREF.TGT; "
        "split off the training data if absent",
    )
    group.add_argument(
        "--testpref",
        help="test files PREF.SRC/PREF.TGT; split off the " "training data if absent",
    )

    group = parser.add_argument_group("iwslt14 source")
    group.add_argument(
        "--iwslt-dir",
        type=Path,
        help="the release's de-en folder " "(train.tags.de-en.* and IWSLT14.TED*.xml)",
    )

    group = parser.add_argument_group("bible source")
    group.add_argument(
        "--bible-imp",
        nargs=2,
        type=Path,
        metavar=("SRC_IMP", "TGT_IMP"),
        help="use these mod2imp exports (source side, target side) "
        "instead of running mod2imp",
    )
    group.add_argument(
        "--install-packages",
        action="store_true",
        help="apt-get install the SWORD tools and modules if missing " "(needs root)",
    )

    group = parser.add_argument_group("cleaning and splitting")
    group.add_argument(
        "--max-words",
        type=int,
        default=None,
        help="drop training pairs with more words on a side "
        "(default 80; iwslt14: 175)",
    )
    group.add_argument(
        "--max-ratio",
        type=float,
        default=None,
        help="drop training pairs whose longer side has more than this "
        "times the words of the other (default 9; iwslt14: 1.5)",
    )
    group.add_argument(
        "--valid-size",
        type=int,
        default=1000,
        help="valid pairs to split off when the source has no valid set",
    )
    group.add_argument(
        "--test-size",
        type=int,
        default=1000,
        help="test pairs to split off when the source has no test set",
    )
    group.add_argument(
        "--seed",
        type=int,
        default=1,
        help="seed of the split, the sample and SentencePiece",
    )

    group = parser.add_argument_group("SentencePiece")
    group.add_argument(
        "--vocab-size",
        type=int,
        default=8000,
        help="SentencePiece vocabulary size (joint, both languages)",
    )
    group.add_argument(
        "--spm-model-type",
        default="unigram",
        choices=("unigram", "bpe"),
        help="SentencePiece model type",
    )
    group.add_argument(
        "--character-coverage",
        type=float,
        default=1.0,
        help="SentencePiece character coverage",
    )

    group = parser.add_argument_group("embedded sample")
    group.add_argument(
        "--make-sample",
        action="store_true",
        help="write a random subset of the cleaned splits as plain text "
        "to --out-dir instead of building fairseq data",
    )
    group.add_argument(
        "--sample-sizes",
        nargs=3,
        type=int,
        default=[4000, 300, 300],
        metavar=("TRAIN", "VALID", "TEST"),
        help="pairs per split in the sample",
    )
    return parser


def load_source(args) -> Tuple[Dict[str, list], Dict[str, int], object, Dict[str, str]]:
    """Raw pairs per input group, source statistics, the markup stripper, and how
    missing splits are made: {split: "random" | "every23"}."""
    if args.source == "text":
        from .data_sources.textio import read_parallel

        if not args.trainpref:
            raise PrepareError("--source text needs --trainpref")
        groups, carve = {}, {}
        for split in build.SPLITS:
            pref = getattr(args, f"{split}pref")
            if pref is None:
                carve[split] = "random"
                continue
            src_file, tgt_file = Path(f"{pref}.{args.src}"), Path(f"{pref}.{args.tgt}")
            groups[split] = read_parallel(src_file, tgt_file)
            if not groups[split]:
                raise PrepareError(
                    f"empty corpus: {src_file} and {tgt_file} have no lines"
                )
        return groups, {}, strip_tags, carve
    if args.source == "iwslt14":
        from .data_sources.iwslt14 import load_iwslt14, strip_iwslt

        if args.iwslt_dir is None:
            raise PrepareError("--source iwslt14 needs --iwslt-dir (the de-en folder)")
        groups, stats = load_iwslt14(args.iwslt_dir, args.src, args.tgt)
        if not groups["train"]:
            raise PrepareError(f"empty corpus: no training lines in {args.iwslt_dir}")
        return groups, stats, strip_iwslt, {"valid": "every23"}
    from .data_sources.bible import load_bible, strip_osis

    pairs, stats = load_bible(args.src, args.tgt, args.bible_imp, args.install_packages)
    if not pairs:
        raise PrepareError("empty corpus: no verse is present in both Bibles")
    return {"corpus": pairs}, stats, strip_osis, {"valid": "random", "test": "random"}


def clean_and_split(args, groups, strip, carve, rules):
    cleaning, cleaned = {}, {}
    for name, pairs in groups.items():
        with build.progress_bar(
            not args.no_progress, total=len(pairs), desc=f"clean {name}", unit="pair"
        ) as bar:

            def ticking(items):
                for item in items:
                    yield item
                    bar.update(1)

            kept, counts = clean_pairs(
                pairs,
                rules,
                strip_markup=strip,
                filter_lengths=name in ("train", "corpus"),
                progress=ticking,
            )
        cleaning[name] = counts
        if not kept:
            raise PrepareError(
                f"empty corpus: no {name} pairs left after cleaning {counts}"
            )
        cleaned[name] = kept
    training = cleaned.pop("corpus", None) or cleaned.pop("train")
    if "every23" in carve.values():
        splits = build.carve_every(training, 23)
    else:
        n_valid = args.valid_size if "valid" in carve else 0
        n_test = args.test_size if "test" in carve else 0
        splits = build.carve_random(training, n_valid, n_test, args.seed)
    for split in ("valid", "test"):
        if split not in carve:
            splits[split] = cleaned[split]
        elif not splits[split]:
            raise PrepareError(f"the {split} split is empty; check --{split}-size")
    return {split: splits[split] for split in build.SPLITS}, cleaning


def run(args) -> Dict:
    start = time.time()
    if args.source == "text" and not (args.src and args.tgt):
        raise PrepareError("--source text needs --src and --tgt")
    args.src = args.src or DEFAULT_LANGS[args.source][0]
    args.tgt = args.tgt or DEFAULT_LANGS[args.source][1]
    if args.src == args.tgt:
        raise PrepareError(f"--src and --tgt must differ, both are {args.src}")
    max_words, max_ratio = DEFAULT_LIMITS.get(args.source, (80, 9.0))
    try:
        rules = CleaningRules(
            max_words=args.max_words if args.max_words is not None else max_words,
            max_ratio=args.max_ratio if args.max_ratio is not None else max_ratio,
        )
    except ValueError as err:
        raise PrepareError(str(err)) from None
    if args.vocab_size < 10:
        raise PrepareError(f"--vocab-size must be at least 10, got {args.vocab_size}")
    build.check_output_dir(args.out_dir, args.overwrite)  # Fail before the long work.

    groups, source_stats, strip, carve = load_source(args)
    splits, cleaning = clean_and_split(args, groups, strip, carve, rules)
    src, tgt, progress = args.src, args.tgt, not args.no_progress
    summary = {
        "source": args.source,
        "src": src,
        "tgt": tgt,
        "settings": {
            "max_words": rules.max_words,
            "max_ratio": rules.max_ratio,
            "valid_size": args.valid_size if carve.get("valid") == "random" else None,
            "test_size": args.test_size if carve.get("test") == "random" else None,
            "seed": args.seed,
            "vocab_size": args.vocab_size,
            "spm_model_type": args.spm_model_type,
            "character_coverage": args.character_coverage,
        },
        "source_stats": source_stats,
        "cleaning": cleaning,
    }
    out_dir = Path(args.out_dir).absolute()

    if args.make_sample:
        sizes = dict(zip(build.SPLITS, args.sample_sizes))
        sample = build.sample_splits(splits, sizes, args.seed)
        with build.staged_output(out_dir, args.overwrite) as stage:
            build.write_text_splits(stage, sample, src, tgt)
        summary["splits"] = {s: {"pairs": len(p)} for s, p in sample.items()}
        summary["seconds"] = round(time.time() - start, 1)
        return summary

    with build.staged_output(out_dir, args.overwrite) as stage:
        work = Path(tempfile.mkdtemp(prefix="prepare-", dir=stage))
        try:
            settings = build.SpmSettings(
                args.vocab_size, args.spm_model_type, args.character_coverage, args.seed
            )
            build.train_sentencepiece(
                splits["train"], stage / "spm", settings, progress
            )
            tokens = build.encode_splits(
                stage / "spm.model", splits, work, src, tgt, progress
            )
            build.binarise(work, stage, src, tgt, build.SPLITS, progress)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        build.write_text_splits(
            stage / "raw", {s: splits[s] for s in ("valid", "test")}, src, tgt
        )
        summary["splits"] = {
            split: {
                "pairs": len(pairs),
                "tokens": tokens[split],
                "words": {
                    src: sum(s.count(" ") + 1 for s, _ in pairs),
                    tgt: sum(t.count(" ") + 1 for _, t in pairs),
                },
            }
            for split, pairs in splits.items()
        }
        summary["vocabulary"] = {
            "sentencepiece_pieces": build.line_count(stage / "spm.vocab"),
            "fairseq_dictionary": 4 + build.line_count(stage / f"dict.{src}.txt"),
        }
        summary["files"] = {
            "data_dir": str(out_dir),
            "dictionaries": [str(out_dir / f"dict.{lang}.txt") for lang in (src, tgt)],
            "sentencepiece_model": str(out_dir / "spm.model"),
            "references": {
                split: {
                    lang: str(out_dir / "raw" / f"{split}.{lang}")
                    for lang in (src, tgt)
                }
                for split in ("valid", "test")
            },
            "summary": str(out_dir / "prepare_summary.json"),
        }
        summary["seconds"] = round(time.time() - start, 1)
        build.write_json(stage / "prepare_summary.json", summary)
    return summary


def format_summary(summary: Dict, out_dir: Path) -> str:
    src, tgt = summary["src"], summary["tgt"]
    what = "sample" if "vocabulary" not in summary else "data"
    lines = [
        f"Prepared {src}-{tgt} {what} from the {summary['source']} source "
        f"in {summary['seconds']} s"
    ]
    for key, value in summary["source_stats"].items():
        lines.append(f"  {key.replace('_', ' ')}: {value}")
    lines.append("Cleaning (pairs changed or dropped per rule):")
    for group, counts in summary["cleaning"].items():
        rules = ", ".join(
            f"{k} {v}" for k, v in counts.items() if k not in ("input", "kept")
        )
        lines.append(f"  {group}: {counts['input']} in, {counts['kept']} kept; {rules}")
    header = f"  {'split':<6} {'pairs':>8}"
    if what == "data":
        header += f" {src + ' tokens':>12} {tgt + ' tokens':>12}"
    lines.append(header)
    for split, info in summary["splits"].items():
        row = f"  {split:<6} {info['pairs']:>8}"
        if what == "data":
            row += f" {info['tokens'][src]:>12} {info['tokens'][tgt]:>12}"
        lines.append(row)
    if what == "data":
        vocab = summary["vocabulary"]
        lines.append(
            f"Vocabulary: {vocab['sentencepiece_pieces']} SentencePiece pieces, "
            f"fairseq dictionary {vocab['fairseq_dictionary']} symbols (joined)"
        )
        lines.append(
            f"Output: {out_dir} (fairseq binaries, dict.{src}.txt, dict.{tgt}.txt)"
        )
        lines.append(f"  SentencePiece model: {out_dir / 'spm.model'}")
        lines.append(f"  references: {out_dir / 'raw'}/{{valid,test}}.{{{src},{tgt}}}")
        lines.append(f"  summary: {out_dir / 'prepare_summary.json'}")
    else:
        lines.append(f"Output: {out_dir}/{{train,valid,test}}.{{{src},{tgt}}}")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        summary = run(args)
    except PrepareError as err:
        print(f"prepare_data.py: error: {err}", file=sys.stderr)
        return 2
    print(format_summary(summary, Path(args.out_dir).absolute()))
    return 0

