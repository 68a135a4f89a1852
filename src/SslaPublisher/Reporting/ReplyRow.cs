using NodaTime;

namespace SslaPublisher.Reporting;

/// <summary>One interaction from the replies CSV, parsed and checked.</summary>
/// <param name="ChannelIndex">Index of the channel in <c>Promise.Channels</c>.</param>
/// <param name="Received">When the message arrived.</param>
/// <param name="FirstReply">When the first reply was sent; null when unanswered.</param>
/// <param name="Line">1-based CSV line the row starts on, for messages and worst-breach lists.</param>
public readonly record struct ReplyRow(int ChannelIndex, Instant Received, Instant? FirstReply, int Line);
