namespace Casus.Core;

/// <summary>
/// The one exception type for bad input (file, flag, actor name, date). Its message is the single
/// line the user sees, so it names the input and the reason. Anything else escaping is a bug.
/// </summary>
public sealed class InputException(string message) : Exception(message);
