using Casus.Pipeline;
using Casus.Web.Workspace;
using Microsoft.AspNetCore.Builder;

namespace Casus.Web.Hosting;

public static partial class CasusServer
{
    /// <summary>The server over a workspace: what <c>casus serve</c> calls.</summary>
    public static WebApplication Build(CasusWorkspace workspace, ServerOptions options) =>
        Build(new WorkspaceBackend(workspace), options);
}
