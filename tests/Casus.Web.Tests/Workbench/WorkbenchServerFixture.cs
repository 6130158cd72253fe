using Casus.Pipeline;
using Casus.Pipeline.Data;
using Casus.Pipeline.Import;
using Casus.Store.Import;
using Casus.Testing;
using Casus.Web.Tests.Support;

namespace Casus.Web.Tests.Workbench;

/// <summary>
/// The real server over what issue 15's reader had: a fresh database with the starter knowledge base
/// and the ATOP alliance members imported (1,400-odd treaty ties), the two seed articles ingested too.
/// Shared by the workbench browser tests of one class.
/// </summary>
public sealed class WorkbenchServerFixture : WorkspaceServerFixture
{
    protected override TimeSpan Timeout => TimeSpan.FromSeconds(120);

    protected override CasusWorkspace Open(TempDir dir)
    {
        var workspace = CasusWorkspace.Open(new WorkspaceOptions(Db: dir.File("workbench.db"), LoadStarter: true));
        DatasetImport.Run(workspace.Store, ShippedData.Embedded(), DatasetKind.Atop, SharedCorpus.Data("atop", "atop5_1m.csv"));
        Ingest(workspace, SharedCorpus.Seed(SharedCorpus.TheWeek), SharedCorpus.Seed(SharedCorpus.Rnz));
        return workspace;
    }
}
