namespace Casus.Present.Briefs;

/// <summary>The brief's inline stylesheet: print-friendly, readable without any external font.</summary>
internal static class BriefCss
{
    public const string Text = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#666}figure{margin:1rem 0}figure svg{width:100%;height:auto;border:1px solid #eee;background:#fcfcfc}
figcaption{color:#666;font-size:.85rem}
table{border-collapse:collapse;width:100%}th,td{padding:.3rem .6rem;border-bottom:1px solid #eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
.verdict{font-weight:600}
.bars{display:flex;gap:4px;align-items:flex-end;height:60px;margin:.5rem 0}
.bar{width:28px;height:100%;display:flex;flex-direction:column;justify-content:flex-end;align-items:center;background:#f3f3f3}
.bar span{display:block;width:100%;background:#4c78a8}.bar small{font-size:.7rem;color:#555}
.factors li{margin:.4rem 0}.up{color:#2e7d32}.down{color:#c62828}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.7rem;border-left:3px solid #ccc;color:#444}
cite{color:#777;font-style:normal;font-size:.85rem}.sources{font-size:.9rem;word-break:break-all}
""";
}
