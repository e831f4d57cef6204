// Samverkan: this file replaces Cockpit's default scripts/config.js (Camunda 7.24), which holds only commented
// examples, with one addition: the way around (Tasklist's scripts/samverkan-navigation.js, one script for both apps), which puts the links to the
// Samverkan pages the signed-in person may open (auditors: Granskning, Mötesrytm, Årsrapport) in the header.
export default {
  customScripts: ['../tasklist/scripts/samverkan-navigation']
};
