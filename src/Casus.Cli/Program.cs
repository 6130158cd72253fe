// Thin entry point: the command tree lives in CasusCli, each command in Commands/.
// On a terminal, stderr is written straight to file descriptor 2. The first write through .NET's console stream
// initialises the terminal, which sends the terminfo keypad-transmit sequence (ESC[?1h ESC=) first, so a one-line
// error read from the terminal (or a PTY transcript) would start with it. A plain stream writes just the line.
if (!Console.IsErrorRedirected) Console.SetError(Casus.Cli.Rendering.RawStderr.Create());
return Casus.Cli.CasusCli.Run(args);
