/* Live status of each channel ("Staffed now" / "Closed — next reply by …") and staffed hours in the reader's
 * own time zone, computed in the browser from the schedule embedded in the page (#ssla-live). No network call.
 * Zone rules come from the browser's own IANA data through Intl.DateTimeFormat; wall times that do not exist
 * (spring-forward gaps) move forward by the gap and ambiguous ones (fall-back) take the earlier instant, as
 * NodaTime's lenient resolver does on the server. Format of the data: docs/pages.md. */
(function () {
  'use strict';
  var DAY = 86400000, MIN = 60000, HORIZON_DAYS = 400;
  var partsFormats = {};

  function zoneParts(zone, ms) {
    var f = partsFormats[zone] || (partsFormats[zone] = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric'
    }));
    var p = {};
    f.formatToParts(new Date(ms)).forEach(function (x) { p[x.type] = x.value; });
    return { y: +p.year, m: +p.month, d: +p.day, h: +p.hour % 24, mi: +p.minute, s: +p.second };
  }
  // Offset from UTC in minutes at an instant.
  function offset(zone, ms) {
    var p = zoneParts(zone, ms);
    return Math.round((Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000) / MIN);
  }
  // The instant of a wall time (date as a UTC-midnight day number, minutes after midnight) in a zone.
  function toInstant(zone, dayMs, minutes) {
    var wall = dayMs + minutes * MIN;
    var before = offset(zone, wall - DAY), after = offset(zone, wall + DAY);
    var t1 = wall - before * MIN, t2 = wall - after * MIN;
    var ok1 = offset(zone, t1) === before, ok2 = offset(zone, t2) === after;
    if (ok1 && ok2) return Math.min(t1, t2);
    if (ok1) return t1;
    if (ok2) return t2;
    return t1; // in a gap: the earlier offset puts the time forward by the gap's length
  }
  function localDay(zone, ms) { var p = zoneParts(zone, ms); return Date.UTC(p.y, p.m - 1, p.d); }
  function isoDate(dayMs) { return new Date(dayMs).toISOString().slice(0, 10); }
  function isClosed(ch, dayMs) {
    var d = isoDate(dayMs);
    return ch.closed.some(function (c) { return d >= c[0] && d <= c[1]; });
  }
  // Staffed intervals [start, end) of the ranges that start on a local day (ranges belong to the day they start).
  function intervals(ch, dayMs) {
    if (isClosed(ch, dayMs)) return [];
    var dow = (new Date(dayMs).getUTCDay() + 6) % 7; // 0 = Monday
    return ch.week[dow].map(function (r) {
      return [toInstant(ch.zone, dayMs, r[0]), toInstant(ch.zone, r[1] > r[0] ? dayMs : dayMs + DAY, r[1])];
    });
  }
  // Every staffed interval that ends after t, in order, starting with the day before t's local day.
  function each(ch, t, visit) {
    var day = localDay(ch.zone, t) - DAY;
    for (var i = 0; i <= HORIZON_DAYS; i++, day += DAY) {
      var list = intervals(ch, day);
      for (var j = 0; j < list.length; j++) if (list[j][1] > t && visit(list[j])) return;
    }
  }
  function isOpen(ch, t) {
    if (ch.always) return true;
    var open = false;
    each(ch, t, function (iv) { open = iv[0] <= t; return true; });
    return open;
  }
  function nextOpening(ch, t) {
    if (ch.always) return t;
    var found = null;
    each(ch, t, function (iv) { found = Math.max(iv[0], t); return true; });
    return found;
  }
  // When a message received at t is answered at the latest: the promised minutes counted in staffed time.
  function replyDueBy(ch, t) {
    if (ch.always) return t + ch.within * MIN;
    var left = ch.within * MIN, due = null;
    each(ch, t, function (iv) {
      var from = Math.max(iv[0], t), span = iv[1] - from;
      if (span >= left) { due = from + left; return true; }
      left -= span;
      return false;
    });
    return due;
  }
  function state(ch, t) {
    return { open: isOpen(ch, t), nextOpening: nextOpening(ch, t), replyDueBy: replyDueBy(ch, t) };
  }
  window.SslaSchedule = { state: state, isOpen: isOpen, nextOpening: nextOpening, replyDueBy: replyDueBy, toInstant: toInstant };

  var dataElement = document.getElementById('ssla-live');
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var readerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  var when = new Intl.DateTimeFormat(data.lang, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  var whenFar = new Intl.DateTimeFormat(data.lang, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  var time = new Intl.DateTimeFormat(data.lang, { hour: 'numeric', minute: '2-digit' });
  var weekday = new Intl.DateTimeFormat(data.lang, { weekday: 'short' });
  // Keeps "Tue 9:00 PM" on one line; lines may still break after the dash between start and end.
  function nb(text) { return text.replace(/\s/g, '\u00a0'); }
  function fill(text, name, value) { return text.split('{' + name + '}').join(value); }
  function show(ms, now) { return (ms - now > 6 * DAY ? whenFar : when).format(new Date(ms)); }
  function sameDay(a, b) { return new Date(a).toDateString() === new Date(b).toDateString(); }

  function renderLive(ch, now) {
    var el = document.querySelector('[data-live="' + ch.id + '"]');
    if (!el) return;
    var s = state(ch, now), text;
    if (s.open) text = fill(data.text.open, 'duration', ch.within_text);
    else if (ch.next_opening && s.replyDueBy !== null) text = fill(data.text.closed, 'time', show(s.replyDueBy, now));
    else if (s.nextOpening !== null) text = fill(data.text.closed_opens, 'time', show(s.nextOpening, now));
    else text = data.text.never;
    el.textContent = text;
    el.className = 'live ' + (s.open ? 'is-open' : 'is-closed');
    el.hidden = false;
  }
  // The "your time" column: each row's hours on its next occurrence, in the reader's zone.
  function renderYours(ch, now) {
    var card = document.querySelector('[data-channel="' + ch.id + '"]');
    if (!card || ch.always || readerZone === ch.zone) return;
    var today = localDay(ch.zone, now);
    card.querySelectorAll('.yours').forEach(function (cell) {
      var dow = +cell.getAttribute('data-day') - 1, day = today;
      while ((new Date(day).getUTCDay() + 6) % 7 !== dow) day += DAY;
      var ranges = ch.week[dow];
      cell.textContent = cell.getAttribute('data-label') + ': ' + ranges.map(function (r) {
        var a = toInstant(ch.zone, day, r[0]), b = toInstant(ch.zone, r[1] > r[0] ? day : day + DAY, r[1]);
        return nb(weekday.format(new Date(a)) + ' ' + time.format(new Date(a))) + '–' +
          nb((sameDay(a, b) ? '' : weekday.format(new Date(b)) + ' ') + time.format(new Date(b)));
      }).join('\n');
      cell.title = readerZone;
      cell.hidden = false;
    });
  }
  function render() {
    var now = Date.now();
    data.channels.forEach(function (ch) { renderLive(ch, now); renderYours(ch, now); });
  }
  render();
  setInterval(render, 60000);
})();
