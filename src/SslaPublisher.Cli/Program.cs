using SslaPublisher.Cli;

return await CommandLine.RunAsync(args);
