"""Installs the fairseq_autoassist plug-in (``--user-dir`` also works from a checkout)
and the tools that go with it, ``autoassist_tools`` (in ``scripts/``), with their
``autoassist-tools`` command."""
from setuptools import find_packages, setup

tools = find_packages("scripts", include=["autoassist_tools", "autoassist_tools.*"])
setup(
    name="fairseq-autoassist",
    version="0.1.0",
    description="AutoAssist (NeurIPS 2019) instance shrinking for fairseq translation",
    packages=find_packages(include=["fairseq_autoassist", "fairseq_autoassist.*"]) + tools,
    package_dir={"autoassist_tools": "scripts/autoassist_tools"},
    entry_points={"console_scripts": ["autoassist-tools=autoassist_tools.cli:main"]},
    python_requires=">=3.10",
    # fairseq-fixed and torch are installed by scripts/bootstrap_env.sh, in an order
    # pip cannot express here; list only what pip may resolve safely.
    install_requires=["numpy", "scipy"],
)
