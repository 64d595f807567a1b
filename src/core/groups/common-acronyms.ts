// Acronyms that news prints often and that name things, roles or measures, not organisations: a
// tagger that has learned "short all-caps word → organisation" would otherwise list "PC", "EV" or
// "CEO" as groups. Written for this project from general usage (technology, business, sport,
// science), not from any article it is measured on; plurals are derived.

const WORDS = `
AC AD AI AM API APR AR ATM ATV AWD BC BMI CAD CB CBD CCTV CD CDMA CEO CFO CGI CIO COO CPU CSS CT
CTO CV DC DIY DLC DM DNA DSLR DVD ECG EEG EKG EMS ER ESG ETA ETF EU EV FAQ FM FPS GB GDP GHz GMO
GPA GPS GPU GSM HD HDD HDMI HDR HIV HQ HR HTML HVAC ICU ID IMAX IP IPO IQ IRA IT IUD IV KPI LCD LED
LGBT LGBTQ LLC LTE MB MBA MHz MLS MMA MMO MMR MP MPG MPH MRI MS MVP NAS NFC NFT NPC OLED OS OTC PC
PDF PE PGA PH PhD PIN PM PPE PR PS PSA PTSD PVP QA QB QR RAM RBI RGB RN RNA ROI RPG RPM RSS RTB RV
SAT SDK SIM SMS SSD SUV TB TBD TD TE TV UFO UHD UI URL USB UV UX VIP VPN VR WR XP
`;

export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  WORDS.trim()
    .split(/\s+/)
    .flatMap((w) => [w, `${w}s`]),
);
