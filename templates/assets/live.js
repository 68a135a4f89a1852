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
  // The instant of a wall time (day as a UTC-midnight number, minutes after midnight) in a zone, resolved as the
  // server's LocalTimeResolution does: a time in a spring-forward gap moves to the end of the gap; a time in a
  // fall-back overlap takes the earlier occurrence for a range's start and the later one for its end.
  function toInstant(zone, dayMs, minutes, isEnd, extraMs) {
    var wall = dayMs + minutes * MIN + (extraMs || 0);
    var before = offset(zone, wall - DAY), after = offset(zone, wall + DAY);
    var t1 = wall - before * MIN, t2 = wall - after * MIN;
    var ok1 = offset(zone, t1) === before, ok2 = offset(zone, t2) === after;
    if (ok1 && ok2) return isEnd ? Math.max(t1, t2) : Math.min(t1, t2);
    if (ok1) return t1;
    if (ok2) return t2;
    // In a gap: find the transition (the first instant with the later offset) between the two readings.
    var lo = Math.min(t1, t2), hi = Math.max(t1, t2);
    while (hi - lo > 1000) {
      var mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offset(zone, mid) === after) hi = mid; else lo = mid;
    }
    return hi;
  }
  function localDay(zone, ms) { var p = zoneParts(zone, ms); return Date.UTC(p.y, p.m - 1, p.d); }
  function isoDate(dayMs) { return new Date(dayMs).toISOString().slice(0, 10); }
  function isClosed(ch, dayMs) {
    var d = isoDate(dayMs);
    return ch.closed.some(function (c) { return d >= c[0] && d <= c[1]; });
  }
  // Staffed intervals [start, end) of the ranges that start on a local day (ranges belong to the day they start).
  // Empty intervals (a range wholly inside a DST gap) are left out.
  function intervals(ch, dayMs) {
    if (isClosed(ch, dayMs)) return [];
    var dow = (new Date(dayMs).getUTCDay() + 6) % 7; // 0 = Monday
    return cut(ch, ch.week[dow].map(function (r) { return range(ch, dayMs, r); }))
      .filter(function (iv) { return iv[0] < iv[1]; });
  }
  // Planned-closure notices ([from, until, id] instants) take their window out of the staffed intervals.
  function cut(ch, list) {
    (ch.closures || []).forEach(function (c) {
      var next = [];
      list.forEach(function (iv) {
        if (c[1] <= iv[0] || c[0] >= iv[1]) { next.push(iv); return; }
        if (iv[0] < c[0]) next.push([iv[0], c[0]]);
        if (c[1] < iv[1]) next.push([c[1], iv[1]]);
      });
      list = next;
    });
    return list;
  }
  function range(ch, dayMs, r) {
    var start = toInstant(ch.zone, dayMs, r[0], false);
    var end = toInstant(ch.zone, r[1] > r[0] ? dayMs : dayMs + DAY, r[1], true);
    return [start, Math.max(start, end)];
  }
  // Every staffed interval that ends after t, in order of start, looking back two days for ranges still running.
  function each(ch, t, visit) {
    var day = localDay(ch.zone, t) - 2 * DAY;
    for (var i = 0; i <= HORIZON_DAYS; i++, day += DAY) {
      var list = intervals(ch, day);
      for (var j = 0; j < list.length; j++) if (list[j][1] > t && visit(list[j])) return;
    }
  }
  function isOpen(ch, t) {
    var open = false;
    each(ch, t, function (iv) { open = iv[0] <= t; return true; });
    return open;
  }
  function nextOpening(ch, t) {
    var found = null;
    each(ch, t, function (iv) { found = Math.max(iv[0], t); return true; });
    return found;
  }
  // The instant at which `left` ms of staffed time have passed since `from` (from itself for none).
  function afterStaffed(ch, from, left) {
    if (left === 0) return from;
    var due = null, cursor = from;
    each(ch, from, function (iv) {
      var start = Math.max(iv[0], cursor);
      if (iv[1] <= start) return false;
      if (iv[1] - start >= left) { due = start + left; return true; }
      left -= iv[1] - start;
      cursor = iv[1];
      return false;
    });
    return due;
  }
  // Days mean staffed days: the same local time on the N-th following day that has staffed hours (closed dates
  // and days without hours skipped), or that day's last closing when the time is not staffed. Around the clock,
  // a day is 24 staffed hours.
  function afterDays(ch, start, days) {
    if (ch.round_the_clock) return afterStaffed(ch, start, days * DAY);
    var p = zoneParts(ch.zone, start), day = Date.UTC(p.y, p.m - 1, p.d);
    var timeOfDay = ((p.h * 60 + p.mi) * 60 + p.s) * 1000 + ((start % 1000) + 1000) % 1000;
    for (var i = 0; i < 5000; i++) {
      day += DAY;
      var list = intervals(ch, day);
      if (!list.length || --days > 0) continue;
      var target = toInstant(ch.zone, day, 0, false, timeOfDay);
      return isOpen(ch, target) ? target : Math.max.apply(null, list.map(function (iv) { return iv[1]; }));
    }
    return null;
  }
  // When a message received at t is answered at the latest: the clock starts at t when staffed, else at the next
  // opening (under next-opening; a free-text off-hours rule has no due time while closed); then whole staffed
  // days, then staffed minutes. `promise` (within_days, within) is a notice's temporary one, else the channel's.
  function replyDueBy(ch, t, promise) {
    var p = promise || ch;
    var start = nextOpening(ch, t);
    if (start === null || (start > t && !ch.next_opening)) return null;
    var due = p.within_days > 0 ? afterDays(ch, start, p.within_days) : start;
    return due === null ? null : afterStaffed(ch, due, p.within * MIN);
  }
  function state(ch, t, promise) {
    return { open: isOpen(ch, t), nextOpening: nextOpening(ch, t), replyDueBy: replyDueBy(ch, t, promise) };
  }
  // A notice's window holds t: from inclusive, until exclusive (none: open-ended).
  function isActive(n, t) { return n.from <= t && (n.until === null || t < n.until); }
  // The temporary promise of a notice (looked up by id) whose window holds t, else null: the channel's own applies.
  // The instant a message arrives decides, as ChannelSchedule.TemporaryPromiseAt does on the server.
  function promiseAt(ch, noticeById, t) {
    var list = ch.promises || [];
    for (var i = 0; i < list.length; i++) if (noticeById[list[i].id] && isActive(noticeById[list[i].id], t)) return list[i];
    return null;
  }
  window.SslaSchedule = { state: state, isOpen: isOpen, nextOpening: nextOpening, replyDueBy: replyDueBy, toInstant: toInstant, promiseAt: promiseAt };

  var dataElement = document.getElementById('ssla-live');
  if (!dataElement) return;
  var data = JSON.parse(dataElement.textContent);
  var readerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  var when = new Intl.DateTimeFormat(data.lang, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
  var whenFar = new Intl.DateTimeFormat(data.lang, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  // The language's own short time (CLDR's, as the page's tables are written on the server): "08:00" in French,
  // "8:00" in Spanish, "8:00 AM" in English. hour: 'numeric' alone would write French "8:00" and "0:00".
  var time = new Intl.DateTimeFormat(data.lang, { timeStyle: 'short' });
  var weekday = new Intl.DateTimeFormat(data.lang, { weekday: 'short' });
  // Keeps "Tue 9:00 PM" on one line; lines may still break after the dash between start and end.
  function nb(text) { return text.replace(/\s/g, '\u00a0'); }
  function fill(text, name, value) { return text.split('{' + name + '}').join(value); }
  function show(ms, now) { return (ms - now > 6 * DAY ? whenFar : when).format(new Date(ms)); }
  function sameDay(a, b) { return new Date(a).toDateString() === new Date(b).toDateString(); }

  // Notices (docs/notices.md): every notice is in the page; the reader's clock decides which apply.
  var notices = data.notices || [];
  var noticeById = {};
  notices.forEach(function (n) { noticeById[n.id] = n; });
  var dates = new Intl.DateTimeFormat(data.lang, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  // The text of a notice's latest update written by t, or null.
  function latestUpdate(n, t) {
    var found = null;
    (n.updates || []).forEach(function (u) { if (u[0] <= t) found = u[1]; });
    return found;
  }
  // A planned closure is announced from announce_days before it starts until it ends.
  function isAnnounced(n, t) {
    return n.kind === 'planned-closure' && n.from > t && n.from - t <= data.announce_days * DAY;
  }
  function activeCrisis(t) {
    for (var i = 0; i < notices.length; i++) if (notices[i].kind === 'crisis' && isActive(notices[i], t)) return notices[i];
    return null;
  }
  function range2(format, a, b) {
    return format.formatRange ? format.formatRange(new Date(a), new Date(b)) : format.format(new Date(a)) + ' – ' + format.format(new Date(b));
  }

  function renderLive(ch, now) {
    var el = document.querySelector('[data-live="' + ch.id + '"]');
    if (!el) return;
    var p = promiseAt(ch, noticeById, now);
    var s = state(ch, now, p), text;
    if (s.open) text = fill(data.text.open, 'duration', (p || ch).within_text);
    else if (s.replyDueBy !== null) text = fill(data.text.closed, 'time', show(s.replyDueBy, now));
    else if (s.nextOpening !== null) text = fill(data.text.closed_opens, 'time', show(s.nextOpening, now));
    else text = data.text.never;
    el.textContent = text;
    el.className = 'live ' + (s.open ? 'is-open' : 'is-closed');
    el.hidden = false;
  }
  // The "your time" column: each row's hours on its next occurrence, in the reader's zone.
  function renderYours(ch, now) {
    var card = document.querySelector('[data-channel="' + ch.id + '"]');
    if (!card || readerZone === ch.zone) return;
    var today = localDay(ch.zone, now);
    card.querySelectorAll('.yours').forEach(function (cell) {
      var dow = +cell.getAttribute('data-day') - 1, day = today;
      var days = +(cell.getAttribute('data-days') || 1), nextDay = cell.getAttribute('data-next-day') || '';
      while ((new Date(day).getUTCDay() + 6) % 7 !== dow) day += DAY;
      var ranges = ch.week[dow];
      // The language's own line ("Chez vous : …", "お客様の時間：…"), so its colon and spacing are the translator's.
      cell.textContent = cell.getAttribute('data-format').replace('{hours}', ranges.map(function (r) {
        var iv = range(ch, day, r), a = iv[0], b = iv[1];
        if (days === 1) {
          return nb(weekday.format(new Date(a)) + ' ' + time.format(new Date(a))) + '–' +
            nb((sameDay(a, b) ? '' : weekday.format(new Date(b)) + ' ') + time.format(new Date(b)));
        }
        // A run of days ("Monday–Friday") stays a run in the reader's week ("Mon–Fri 3:00 PM–12:00 AM"), not
        // its first day alone; every day but the whole week is named, and an end on the next day is marked.
        // (A word joiner after the dash keeps "Mon–Fri" on one line.)
        var run = days === 7 ? '' : weekday.format(new Date(a)) + '–\u2060' + weekday.format(new Date(a + (days - 1) * DAY)) + ' ';
        return nb(run + time.format(new Date(a))) + '–' + nb(time.format(new Date(b)) + (sameDay(a, b) ? '' : ' ' + nextDay));
      }).join('\n'));
      cell.title = readerZone;
      cell.hidden = false;
    });
  }
  // Under each channel: the notices in their window, with the temporary promise and until when it holds, and the
  // closures (planned-closure notices and closed dates) from announce_days ahead, with when replies resume.
  function renderChannelNotices(ch, now) {
    var list = document.querySelector('[data-notices-for="' + ch.id + '"]');
    if (!list) return;
    var items = [];
    notices.forEach(function (n) {
      if (n.channels.indexOf(ch.id) < 0 || n.kind === 'planned-closure' || !isActive(n, now)) return;
      // A notice for every channel is said once, at the top; one for some channels is repeated on theirs.
      if (n.channels.length < data.total) {
        items.push([n.kind, n.text]);
        var update = latestUpdate(n, now);
        if (update) items.push([n.kind, update]);
      }
      var p = (ch.promises || []).filter(function (x) { return x.id === n.id; })[0];
      if (p && n.until !== null) items.push([n.kind, fill(fill(data.text.temporary, 'time', show(n.until, now)), 'duration', p.within_text)]);
    });
    (ch.closures || []).forEach(function (c) {
      var n = noticeById[c[2]];
      if (c[1] <= now || !(isActive(n, now) || isAnnounced(n, now))) return;
      items.push(['planned-closure', closureText(ch, range2(whenFar, c[0], c[1]), null, c[1], now)]);
    });
    ch.closed.forEach(function (c, i) {
      var first = Date.parse(c[0] + 'T00:00:00Z'), last = Date.parse(c[1] + 'T00:00:00Z');
      var start = toInstant(ch.zone, first, 0, false), end = toInstant(ch.zone, last + DAY, 0, false);
      if (end <= now || start - now > data.announce_days * DAY) return;
      var when = first === last ? dates.format(new Date(first)) : range2(dates, first, last);
      items.push(['planned-closure', closureText(ch, when, (ch.closed_reasons || [])[i], end, now)]);
    });
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'notice-' + item[0];
      li.setAttribute('dir', 'auto');
      li.textContent = item[1];
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }
  function closureText(ch, when, reason, end, now) {
    var resume = nextOpening(ch, end);
    if (resume === null) return fill(data.text.closure_plain, 'when', when);
    var text = reason ? fill(data.text.closure_reason, 'reason', reason) : data.text.closure;
    return fill(fill(text, 'when', when), 'time', show(resume, now));
  }
  // The notices at the top: those in their window (crisis notices on every page, others where a channel they touch
  // is shown) and planned closures from announce_days ahead; the section hides when none applies.
  function renderNotices(now) {
    var section = document.querySelector('[data-notices]');
    if (!section) return;
    var shown = 0;
    // An update is shown from its time on (the page may be built before it is due).
    section.querySelectorAll('[data-at]').forEach(function (li) { li.hidden = +li.getAttribute('data-at') > now; });
    section.querySelectorAll('[data-notice]').forEach(function (li) {
      var n = noticeById[li.getAttribute('data-notice')];
      var here = n && (n.kind === 'crisis' || data.channels.some(function (ch) { return n.channels.indexOf(ch.id) >= 0; }));
      li.hidden = !(here && (isActive(n, now) || isAnnounced(n, now)));
      if (!li.hidden) shown++;
    });
    section.hidden = shown === 0;
  }
  // Crisis mode: while a crisis notice is active the crisis statement and contact come first, then the notices.
  var crisisBox = document.querySelector('aside.crisis'), main = document.getElementById('main');
  var crisisHome = crisisBox && { parent: crisisBox.parentNode, next: crisisBox.nextSibling };
  function renderCrisis(now) {
    if (!crisisBox || !main) return;
    var on = activeCrisis(now) !== null;
    if (on && main.firstElementChild !== crisisBox) main.insertBefore(crisisBox, main.firstChild);
    if (!on && crisisBox.parentNode !== crisisHome.parent) crisisHome.parent.insertBefore(crisisBox, crisisHome.next);
    crisisBox.classList.toggle('is-now', on);
  }
  // "Channels staffed now: 3 of 5 · fastest reply: X, 15 minutes", or the crisis notice while one is active.
  function renderSummary(now) {
    var el = document.querySelector('[data-summary]');
    if (!el) return;
    var crisis = activeCrisis(now);
    if (crisis) {
      el.textContent = crisis.text;
      el.className = 'now-summary is-crisis';
      return;
    }
    var staffed = 0, fastest = null, fastestMinutes = Infinity, next = null, nextChannel = null;
    data.channels.forEach(function (ch) {
      var p = promiseAt(ch, noticeById, now) || ch;
      if (isOpen(ch, now)) {
        staffed++;
        var minutes = p.within_days * 1440 + p.within;
        if (minutes < fastestMinutes) { fastestMinutes = minutes; fastest = [ch, p]; }
        return;
      }
      var opens = nextOpening(ch, now);
      if (opens !== null && (next === null || opens < next)) { next = opens; nextChannel = ch; }
    });
    var text;
    if (fastest) {
      text = fill(fill(fill(fill(data.text.summary, 'staffed', staffed.toLocaleString(data.lang)), 'total', data.total.toLocaleString(data.lang)),
        'channel', fastest[0].label), 'duration', fastest[1].within_text);
    } else if (nextChannel) {
      text = fill(fill(data.text.summary_none, 'channel', nextChannel.label), 'time', show(next, now));
    } else {
      text = data.text.summary_never;
    }
    el.textContent = text;
    el.className = 'now-summary';
  }
  function render() {
    var now = Date.now();
    data.channels.forEach(function (ch) { renderLive(ch, now); renderYours(ch, now); renderChannelNotices(ch, now); });
    renderNotices(now);
    renderCrisis(now);
    renderSummary(now);
  }
  render();
  setInterval(render, 60000);
})();
