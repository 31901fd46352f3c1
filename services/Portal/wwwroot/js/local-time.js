// Moments marked <time data-local> are shown in Astana time by the page; where the reader's own zone
// differs, their own time follows in their language ("your time: …").
(function () {
  "use strict";
  const astanaOffsetMinutes = Number(document.querySelector('meta[name="astana-offset-minutes"]').content);
  document.querySelectorAll("time[data-local]").forEach((time) => {
    const moment = new Date(time.dateTime);
    if (Number.isNaN(moment.getTime()) || -moment.getTimezoneOffset() === astanaOffsetMinutes) return;
    // A slot in a list of one day's times needs only its own day and time ("short").
    const style = time.dataset.localStyle === "short"
      ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }
      : { weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
    const own = new Intl.DateTimeFormat(document.documentElement.lang, style).format(moment);
    const note = document.createElement("span");
    note.className = "local-time";
    note.textContent = ` (${time.dataset.local}: ${own})`;
    time.after(note);
  });
})();
