#!/usr/bin/python3
"""The Python peer of notebooks/02-monthly-figures.ipynb: Debian's pandas + plotly, run as a
notebook by nbclient (nbconvert's engine) on the ipykernel. It reads the seeds' hand-labelled
claims (Python has no extractor: the kit reads the articles themselves, so the peer does less),
builds the monthly figures (single months, stated rates, totals spread over their months),
shows the table and the chart, and writes monthly-figures.csv and monthly-figures.html.
Debian has no kaleido, so the peer makes no PNG/SVG.

usage: /usr/bin/python3 bench/peer_monthly_figures.py [OUT_DIR]   (run from the repository root)
"""
import os
import sys

import nbformat
from nbclient import NotebookClient

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "artifacts", "peer"))

CELLS = [
    f"""claims_path = {os.path.join(REPO, "seeds", "claims.gold.csv")!r}
manifest_path = {os.path.join(REPO, "seeds", "manifest.csv")!r}
out_dir = {OUT!r}""",
    """import os
import pandas as pd
import plotly.graph_objects as go""",
    """claims = pd.read_csv(claims_path)
manifest = pd.read_csv(manifest_path, usecols=["article", "published"])
claims = claims.merge(manifest, on="article", how="left")
claims.shape""",
    """def months(start, end):
    s, e = pd.Period(start[:7], "M"), pd.Period(end[:7], "M")
    return (e - s).n + 1

rows = []
for c in claims.itertuples():
    if c.metric not in ("awol", "desertion", "awol_or_desertion"):
        continue
    start = c.period_start if isinstance(c.period_start, str) else None
    end = c.period_end if isinstance(c.period_end, str) else None
    if c.rate == "per_month":
        when = end or start or c.published
        rows.append(dict(kind="stated_rate", month=when[:7], low=c.value_low, high=c.value_high, months=None,
                         unit=c.unit, source=c.source, quote=c.quote))
    elif c.rate == "total" and end:
        n = months(start or "2022-02", end)
        kind = "single_month" if n == 1 else "implied_average"
        rows.append(dict(kind=kind, month=end[:7], low=c.value_low / n if c.value_low == c.value_low else None,
                         high=c.value_high / n if c.value_high == c.value_high else None, months=n,
                         unit=c.unit, source=c.source, quote=c.quote))
monthly = pd.DataFrame(rows).sort_values(["month", "source"]).reset_index(drop=True)
monthly""",
    """fig = go.Figure()
for (source, unit), g in monthly.groupby(["source", "unit"]):
    mid = (g["low"].fillna(g["high"]) + g["high"].fillna(g["low"])) / 2
    fig.add_trace(go.Scatter(
        x=g["month"], y=mid, mode="markers", name=f"{source} ({unit})",
        marker_symbol="circle" if unit == "persons" else "square",
        error_y=dict(type="data", symmetric=False, array=g["high"].fillna(mid) - mid, arrayminus=mid - g["low"].fillna(mid)),
        hovertext=g["quote"]))
fig.update_layout(title="Monthly AWOL and desertion figures", width=1200, height=700, yaxis_title="per month")
fig""",
    """os.makedirs(out_dir, exist_ok=True)
monthly.to_csv(os.path.join(out_dir, "monthly-figures.csv"), index=False)
fig.write_html(os.path.join(out_dir, "monthly-figures.html"), include_plotlyjs="directory")""",
]

notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in CELLS])
notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
NotebookClient(notebook, timeout=600, kernel_name="python3").execute()
os.makedirs(OUT, exist_ok=True)
nbformat.write(notebook, os.path.join(OUT, "02-monthly-figures-peer.ipynb"))
