"""Tests of prepare_data (autoassist_tools/prepare.py) on small corpora made here, plus the embedded
Bible sample (prepared, then one fairseq-train step)."""

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "bible-es-en"

from autoassist_tools import prepare as prepare_data
from autoassist_tools.data_sources import bible, cleaning

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "da", "fe", "gu", "hi"]
SRC_WORDS = [a + b for a in SYLLABLES[:7] for b in SYLLABLES[5:]]
TGT_WORDS = [w[::-1] + "x" for w in SRC_WORDS]
LEXICON = dict(zip(SRC_WORDS, TGT_WORDS))
BINARIES = [
    f"{split}.xx-yy.{lang}.{ext}"
    for split in ("train", "valid", "test")
    for lang in ("xx", "yy")
    for ext in ("bin", "idx")
]


def make_pairs(n, seed=0):
    rng = random.Random(seed)
    pairs = []
    for _ in range(n):
        words = [rng.choice(SRC_WORDS) for _ in range(rng.randint(3, 10))]
        src = " ".join(words).capitalize() + "."
        tgt = " ".join(LEXICON[w] for w in words).capitalize() + "."
        pairs.append((src, tgt))
    return pairs


def write_pair(prefix, pairs, src="xx", tgt="yy"):
    Path(f"{prefix}.{src}").write_text("".join(s + "\n" for s, _ in pairs), "utf-8")
    Path(f"{prefix}.{tgt}").write_text("".join(t + "\n" for _, t in pairs), "utf-8")


def run_main(args, capsys):
    code = prepare_data.main([str(a) for a in args] + ["--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def text_args(prefix, out, *extra):
    return [
        "--source",
        "text",
        "--src",
        "xx",
        "--tgt",
        "yy",
        "--trainpref",
        prefix,
        "--vocab-size",
        80,
        "--out-dir",
        out,
        *extra,
    ]


DIRTY = [
    ("<b>Kalo</b> mine.", "Olakx enimx."),  # markup
    ("Kalo\x07 mine.", "Olakx enimx."),  # control character
    ("Kalo\t mine\u00a0su.", "Olakx  enimx."),  # whitespace
    ("   ", "Olakx."),  # empty after cleaning
    (" ".join(["kalo"] * 31), " ".join(["olakx"] * 31)),  # too long (> 30)
    ("Kalo.", " ".join(["olakx"] * 12)),  # length ratio 12 > 9
]


def test_text_single_pair_is_cleaned_split_and_deterministic(tmp_path, capsys):
    write_pair(tmp_path / "corpus", make_pairs(300) + DIRTY)
    outputs = []
    for run in range(2):
        out = tmp_path / f"out{run}"
        code, stdout, err = run_main(
            text_args(
                tmp_path / "corpus",
                out,
                "--valid-size",
                20,
                "--test-size",
                10,
                "--max-words",
                30,
            ),
            capsys,
        )
        assert code == 0, err
        outputs.append(out)
    summary = json.loads((out / "prepare_summary.json").read_text("utf-8"))
    counts = summary["cleaning"]["train"]
    assert counts["input"] == 306 and counts["kept"] == 303
    assert {k: counts[k] for k in cleaning.RULES} == {
        "markup": 1,
        "control_chars": 1,
        "unicode_nfc": 0,
        "whitespace": 3,
        "empty": 1,
        "too_long": 1,
        "length_ratio": 1,
    }
    assert [summary["splits"][s]["pairs"] for s in ("train", "valid", "test")] == [
        273,
        20,
        10,
    ]
    assert summary["splits"]["train"]["tokens"]["xx"] > 273
    assert "train" in stdout and "Vocabulary: 80 SentencePiece pieces" in stdout
    assert (out / "dict.xx.txt").read_bytes() == (out / "dict.yy.txt").read_bytes()
    for name in ["spm.model", "spm.vocab", "raw/valid.xx", "raw/test.yy"]:
        assert (out / name).is_file()
    assert len((out / "raw" / "test.yy").read_text("utf-8").splitlines()) == 10
    for name in BINARIES + ["dict.xx.txt", "spm.model", "spm.vocab"]:
        assert (outputs[0] / name).read_bytes() == (
            outputs[1] / name
        ).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_text_given_splits_keep_long_reference_pairs(tmp_path, capsys):
    write_pair(tmp_path / "train", make_pairs(200, seed=1))
    long_pair = (" ".join(["kalo"] * 40), " ".join(["olakx"] * 40))
    write_pair(tmp_path / "valid", make_pairs(5, seed=2) + [long_pair])
    write_pair(tmp_path / "test", make_pairs(7, seed=3))
    out = tmp_path / "out"
    args = text_args(
        tmp_path / "train",
        out,
        "--validpref",
        tmp_path / "valid",
        "--testpref",
        tmp_path / "test",
        "--max-words",
        30,
    )
    code, _, err = run_main(args, capsys)
    assert code == 0, err
    summary = json.loads((out / "prepare_summary.json").read_text("utf-8"))
    assert [summary["splits"][s]["pairs"] for s in ("train", "valid", "test")] == [
        200,
        6,
        7,
    ]
    assert (out / "raw" / "valid.xx").read_text("utf-8").splitlines()[-1] == long_pair[
        0
    ]


def make_iwslt(folder, n_train=70):
    folder.mkdir()
    pairs = make_pairs(n_train, seed=4)
    de, en = [], []
    for i, (s, t) in enumerate(pairs):
        if i % 20 == 0:
            for tag in ("url", "keywords", "talkid", "speaker"):
                de.append(f"<{tag}>meta {i}</{tag}>")
                en.append(f"<{tag}>meta {i}</{tag}>")
            de.append(f"<title>{s}</title>")
            en.append(f"<title>{t}</title>")
        else:
            de.append(s)
            en.append(t)
    (folder / "train.tags.de-en.de").write_text("\n".join(de) + "\n", "utf-8")
    (folder / "train.tags.de-en.en").write_text("\n".join(en) + "\n", "utf-8")
    n_segs = 0
    for k, name in enumerate(prepare_data_iwslt().TEST_SETS):
        test = make_pairs(3 + k, seed=10 + k)
        n_segs += len(test)
        for side, lang in enumerate(("de", "en")):
            segs = "".join(
                f'<seg id="{i + 1}"> {pair[side]} &amp; </seg>\n'
                for i, pair in enumerate(test)
            )
            (folder / f"{name}.de-en.{lang}.xml").write_text(
                f'<mteval>\n<srcset setid="{name}" srclang="{lang}">\n<doc docid="1">\n'
                f"<talkid>1</talkid>\n{segs}</doc>\n</srcset>\n</mteval>\n",
                "utf-8",
            )
    return n_segs


def prepare_data_iwslt():
    from autoassist_tools.data_sources import iwslt14

    return iwslt14


def test_iwslt14_layout_and_split_conventions(tmp_path, capsys):
    n_segs = make_iwslt(tmp_path / "de-en")
    out = tmp_path / "out"
    args = [
        "--source",
        "iwslt14",
        "--iwslt-dir",
        tmp_path / "de-en",
        "--vocab-size",
        80,
        "--out-dir",
        out,
    ]
    code, _, err = run_main(args, capsys)
    assert code == 0, err
    summary = json.loads((out / "prepare_summary.json").read_text("utf-8"))
    assert summary["source_stats"]["metadata_lines_dropped"] == 4 * 4
    assert summary["cleaning"]["train"]["kept"] == 70
    assert summary["cleaning"]["train"]["markup"] == 4  # the <title> lines
    assert summary["splits"]["valid"]["pairs"] == 70 // 23
    assert summary["splits"]["train"]["pairs"] == 70 - 70 // 23
    assert summary["splits"]["test"]["pairs"] == n_segs
    test_de = (out / "raw" / "test.de").read_text("utf-8").splitlines()
    assert test_de[0].endswith(". &") and "<" not in "".join(test_de)
    assert (out / "train.de-en.de.bin").is_file()


IMP_ES = """$$$[ Module Heading ]

$$$Genesis 0:0
<div type="book"/><title type="main">Génesis</title>
$$$Genesis 1:0
<chapter n="1"/>
$$$Genesis 1:1
<w lemma="strong:H7225">EN el principio</w> <w lemma="strong:H1254">crió</w> Dios.
$$$Genesis 1:2
<w lemma="x">los animales</w><transChange type="added">silvestres</transChange><w>según</w> repartiéron<transChange type="added">lo</transChange>.
$$$Genesis 1:3
<chapter eID="Gen.1"/>
$$$Genesis 1:4
Y vió Dios &amp; la luz.
"""
IMP_EN = """$$$[ Module Heading ]

$$$Genesis 1:1
<w lemma="strong:H0430">In</w> <w>the beginning</w>, God<note placement="foot"><reference>1:1 </reference>The Hebrew “Elohim”.</note><w>created</w>.
$$$Genesis 1:2
<title canonical="true" type="psalm">A Psalm.</title> <l level="1"/>Animals<title type="x-section">Heading</title>.”</q><w>Then</w> <speaker>Beloved</speaker> it.
$$$Genesis 1:3
Text without Spanish.
$$$Genesis 1:4
God saw the light.
$$$Tobit 1:1
Only in English.
"""


def test_bible_from_imp_exports_both_directions(tmp_path, capsys):
    (tmp_path / "es.imp").write_text(IMP_ES, "utf-8")
    (tmp_path / "en.imp").write_text(IMP_EN, "utf-8")
    for src, tgt in (("es", "en"), ("en", "es")):
        out = tmp_path / f"sample-{src}"
        imps = [tmp_path / f"{src}.imp", tmp_path / f"{tgt}.imp"]
        args = [
            "--source",
            "bible",
            "--src",
            src,
            "--tgt",
            tgt,
            "--bible-imp",
            *imps,
            "--valid-size",
            1,
            "--test-size",
            1,
            "--make-sample",
            "--out-dir",
            out,
        ]
        code, _, err = run_main(args, capsys)
        assert code == 0, err
        lines = {
            lang: sum(
                (
                    (out / f"{s}.{lang}").read_text("utf-8").splitlines()
                    for s in ("train", "valid", "test")
                ),
                [],
            )
            for lang in ("es", "en")
        }
        assert len(lines["es"]) == len(lines["en"]) == 3  # 1:3 is empty in Spanish.
        pairs = dict(zip(lines["es"], lines["en"]))
        assert pairs["EN el principio crió Dios."] == "In the beginning, God created."
        assert (
            pairs["los animales silvestres según repartiéronlo."]
            == "A Psalm. Animals.” Then it."
        )
        assert pairs["Y vió Dios & la luz."] == "God saw the light."


def test_bible_without_packages_says_how_to_install(monkeypatch):
    monkeypatch.setattr(bible.shutil, "which", lambda name: None)
    with pytest.raises(prepare_data.PrepareError) as info:
        bible.load_bible("es", "en")
    assert "apt-get install -y libsword-utils sword-text-sparv sword-text-web" in str(
        info.value
    )


def make_existing(out):
    out.mkdir()
    (out / "keep.txt").write_text("old", "utf-8")


def assert_untouched(out):
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")]


@pytest.mark.parametrize(
    "case, expected",
    [
        ("line_counts", ["corpus.xx has 5 lines", "corpus.yy has 4 lines"]),
        ("bad_bytes", ["corpus.yy: line 3 is not valid UTF-8"]),
        ("empty", ["empty corpus", "corpus.xx", "corpus.yy"]),
        ("all_dropped", ["empty corpus: no train pairs left after cleaning"]),
        ("too_small", ["cannot hold out 1000 valid + 1000 test pairs"]),
    ],
)
def test_bad_input_is_reported_and_output_untouched(tmp_path, capsys, case, expected):
    pairs = make_pairs(5)
    write_pair(tmp_path / "corpus", pairs)
    if case == "line_counts":
        write_pair(tmp_path / "corpus", pairs)
        (tmp_path / "corpus.yy").write_text("".join(t + "\n" for _, t in pairs[:4]))
    elif case == "bad_bytes":
        data = (tmp_path / "corpus.yy").read_bytes().split(b"\n")
        data[2] = data[2] + b"\xff\xfe"
        (tmp_path / "corpus.yy").write_bytes(b"\n".join(data))
    elif case == "empty":
        write_pair(tmp_path / "corpus", [])
    elif case == "all_dropped":
        write_pair(tmp_path / "corpus", [("<p> </p>", "x")] * 3)
    out = tmp_path / "out"
    make_existing(out)
    code, _, err = run_main(text_args(tmp_path / "corpus", out, "--overwrite"), capsys)
    assert code == 2
    for text in expected:
        assert text in err
    assert_untouched(out)


def test_existing_output_refused_without_overwrite(tmp_path, capsys):
    write_pair(tmp_path / "corpus", make_pairs(50))
    out = tmp_path / "out"
    make_existing(out)
    code, _, err = run_main(text_args(tmp_path / "corpus", out), capsys)
    assert code == 2 and "already holds data; pass --overwrite" in err
    assert_untouched(out)


def test_embedded_sample_prepares_and_trains_one_step(tmp_path, capsys):
    out = tmp_path / "data"
    args = [
        "--source",
        "text",
        "--src",
        "es",
        "--tgt",
        "en",
        "--trainpref",
        SAMPLE / "train",
        "--validpref",
        SAMPLE / "valid",
        "--testpref",
        SAMPLE / "test",
        "--vocab-size",
        4000,
        "--out-dir",
        out,
    ]
    code, stdout, err = run_main(args, capsys)
    assert code == 0, err
    summary = json.loads((out / "prepare_summary.json").read_text("utf-8"))
    assert [summary["splits"][s]["pairs"] for s in ("train", "valid", "test")] == [
        4000,
        300,
        300,
    ]
    assert summary["seconds"] < 30
    train = Path(sys.executable).parent / "fairseq-train"
    result = subprocess.run(
        [
            str(train),
            str(out),
            "--task",
            "translation",
            "--arch",
            "transformer",
            "--encoder-layers",
            "1",
            "--decoder-layers",
            "1",
            "--encoder-embed-dim",
            "32",
            "--decoder-embed-dim",
            "32",
            "--encoder-ffn-embed-dim",
            "64",
            "--decoder-ffn-embed-dim",
            "64",
            "--encoder-attention-heads",
            "2",
            "--decoder-attention-heads",
            "2",
            "--share-all-embeddings",
            "--optimizer",
            "adam",
            "--lr",
            "1e-3",
            "--max-tokens",
            "2000",
            "--max-update",
            "1",
            "--cpu",
            "--save-dir",
            str(tmp_path / "ckpt"),
            "--no-save",
            "--disable-validation",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "done training" in result.stdout + result.stderr
