// Thin entry point: the command tree lives in CasusCli, each command in Commands/.
return Casus.Cli.CasusCli.Run(args);
