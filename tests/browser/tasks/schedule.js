// Evaluates the pages' live-status schedule logic (assets/live.js) for many (channel, instant) samples at once.
// args: { script: "/abs/path/live.js", channels: [channel data as embedded in pages], samples: [[channelIndex, epochMs], ...],
//         notices?: [{ id, from, until }] (the windows the channels' temporary promises refer to) }
// returns: [[open, nextOpeningMs|null, replyDueByMs|null], ...] in sample order.
'use strict';
const fs = require('fs');
module.exports = async (ctx, args) => {
  const page = await ctx.newPage({ timezoneId: 'UTC' });
  await page.setContent('<!DOCTYPE html><title>schedule</title>');
  await page.addScriptTag({ content: fs.readFileSync(args.script, 'utf8') });
  return page.evaluate(({ channels, samples, notices }) => {
    const byId = {};
    (notices || []).forEach((n) => { byId[n.id] = n; });
    return samples.map(([i, t]) => {
      const s = window.SslaSchedule.state(channels[i], t, window.SslaSchedule.promiseAt(channels[i], byId, t));
      return [s.open, s.nextOpening, s.replyDueBy];
    });
  }, { channels: args.channels, samples: args.samples, notices: args.notices || [] });
};
