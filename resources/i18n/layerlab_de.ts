<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>LayerLab</name>
    <message>
      <source>Open profile…</source>
      <translation>Profil öffnen…</translation>
    </message>
    <message>
      <source>Save as classroom profile…</source>
      <translation>Als Klassenprofil speichern…</translation>
    </message>
    <message>
      <source>Remember my setup</source>
      <translation>Meine Einstellungen merken</translation>
    </message>
    <message>
      <source>Start next time with this setup and speed (not on a shared login)</source>
      <translation>Beim nächsten Start mit diesen Einstellungen und diesem Tempo beginnen (nicht bei einer gemeinsamen Anmeldung)</translation>
    </message>
    <message>
      <source>Guided lesson</source>
      <translation>Geführte Lektion</translation>
    </message>
    <message>
      <source>Next size</source>
      <translation>Nächste Größe</translation>
    </message>
    <message>
      <source>Open classroom profile</source>
      <translation>Klassenprofil öffnen</translation>
    </message>
    <message>
      <source>Fix the highlighted field first, then save the profile.</source>
      <translation>Korrigiere zuerst das markierte Feld und speichere dann das Profil.</translation>
    </message>
    <message>
      <source>Drop the rows with missing or non-finite values</source>
      <translation>Zeilen mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>Open data</source>
      <translation>Daten öffnen</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>Gefundene Probleme</translation>
    </message>
    <message>
      <source>Load data</source>
      <translation>Daten laden</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Datei wählen…</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs two values.</source>
      <translation>Die Spalte, die das Netz vorhersagen lernt; sie braucht zwei Werte.</translation>
    </message>
    <message>
      <source>Choose the target column</source>
      <translation>Zielspalte wählen</translation>
    </message>
    <message>
      <source>Drop columns with a single value</source>
      <translation>Spalten mit nur einem Wert entfernen</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Zielspalte</translation>
    </message>
    <message>
      <source>Fixes</source>
      <translation>Korrekturen</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.tsv *.txt)</source>
      <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Checking the choice…</source>
      <translation>Auswahl wird geprüft…</translation>
    </message>
    <message>
      <source>The last column, '{name}', cannot be the target: {why}</source>
      <translation>Die letzte Spalte, '{name}', kann nicht das Ziel sein: {why}</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs two values, each in at least 5% of the rows and 10 rows.</source>
      <translation>Wähle die Zielspalte: die Spalte, die das Netz vorhersagen lernt. Sie braucht zwei Werte, jeden in mindestens 5 % der Zeilen und in 10 Zeilen.</translation>
    </message>
    <message>
      <source>Ready to load</source>
      <translation>Bereit zum Laden</translation>
    </message>
    <message>
      <source>Press Load data to train on it.</source>
      <translation>Drücke „Daten laden“, um damit zu trainieren.</translation>
    </message>
    <message>
      <source>This file cannot be loaded yet; the data in use stays.</source>
      <translation>Diese Datei kann noch nicht geladen werden; die aktuellen Daten bleiben.</translation>
    </message>
    <message>
      <source>Setting up the network for this data…</source>
      <translation>Das Netz wird für diese Daten eingerichtet…</translation>
    </message>
    <message>
      <source>The data in use stays; fix the file and try again.</source>
      <translation>Die aktuellen Daten bleiben; korrigiere die Datei und versuche es erneut.</translation>
    </message>
    <message>
      <source>Drop the row with missing or non-finite values</source>
      <translation>Die Zeile mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>Drop the {n} rows with missing or non-finite values</source>
      <translation>Die {n} Zeilen mit fehlenden oder nicht endlichen Werten entfernen</translation>
    </message>
    <message>
      <source>numbers</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Load waits until the problems listed above are fixed.</source>
      <translation>Das Laden wartet, bis die oben genannten Probleme behoben sind.</translation>
    </message>
    <message>
      <source>None: the file can be loaded.</source>
      <translation>Keine: Die Datei kann geladen werden.</translation>
    </message>
    <message>
      <source>Open data (up to {mb} MB)</source>
      <translation>Daten öffnen (bis {mb} MB)</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>{name} wird gelesen…</translation>
    </message>
    <message>
      <source>{name}: {rows} data rows, {cols} columns (first {shown} shown)</source>
      <translation>{name}: {rows} Datenzeilen, {cols} Spalten (die ersten {shown} angezeigt)</translation>
    </message>
    <message>
      <source>Load waits: {first}</source>
      <translation>Laden wartet: {first}</translation>
    </message>
    <message>
      <source>There is no run to export yet.</source>
      <translation>Es gibt noch keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}.</source>
      <translation>{name} in {folder} gespeichert.</translation>
    </message>
    <message>
      <source>Open data…</source>
      <translation>Daten öffnen…</translation>
    </message>
    <message>
      <source>Open session…</source>
      <translation>Sitzung öffnen…</translation>
    </message>
    <message>
      <source>Save session…</source>
      <translation>Sitzung speichern…</translation>
    </message>
    <message>
      <source>Print / save run report…</source>
      <translation>Laufbericht drucken / speichern…</translation>
    </message>
    <message>
      <source>Print run report…</source>
      <translation>Laufbericht drucken…</translation>
    </message>
    <message>
      <source>Print / save run report</source>
      <translation>Laufbericht drucken / speichern</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
      <source>Save session</source>
      <translation>Sitzung speichern</translation>
    </message>
    <message>
      <source>Open session</source>
      <translation>Sitzung öffnen</translation>
    </message>
    <message>
      <source>Opened the session saved at epoch {e}. {note}</source>
      <translation>Die in Epoche {e} gespeicherte Sitzung wurde geöffnet. {note}</translation>
    </message>
    <message>
      <source>Fixed by your teacher's profile</source>
      <translation>Vom Profil deiner Lehrkraft festgelegt</translation>
    </message>
    <message>
      <source>(fixed)</source>
      <translation>(festgelegt)</translation>
    </message>
    <message>
      <source>Save classroom profile</source>
      <translation>Klassenprofil speichern</translation>
    </message>
    <message>
      <source>Save as classroom profile</source>
      <translation>Als Klassenprofil speichern</translation>
    </message>
    <message>
      <source>The data, network and speed are saved as they are set now. Choose what students may change.</source>
      <translation>Daten, Netz und Tempo werden so gespeichert, wie sie jetzt eingestellt sind. Wähle, was die Lernenden ändern dürfen.</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>e.g. Year 10 computing</source>
      <translation>z. B. Informatik, 10. Klasse</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Font scale</source>
      <translation>Schriftgröße</translation>
    </message>
    <message>
      <source>Controls</source>
      <translation>Bedienelemente</translation>
    </message>
    <message>
      <source>students may change it</source>
      <translation>Lernende dürfen es ändern</translation>
    </message>
    <message>
      <source>locked (visible, fixed)</source>
      <translation>gesperrt (sichtbar, festgelegt)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>ausgeblendet</translation>
    </message>
    <message>
      <source>Quiz questions (ticked ones are asked)</source>
      <translation>Quizfragen (angekreuzte werden gestellt)</translation>
    </message>
    <message>
      <source>Save your run?</source>
      <translation>Lauf speichern?</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>dem Schließen</translation>
    </message>
    <message>
      <source>A new lesson: the lesson's setup and a fresh run.</source>
      <translation>Eine neue Lektion: die Einstellungen der Lektion und ein frischer Lauf.</translation>
    </message>
    <message>
      <source>Your trained run (epoch {epoch}) is not saved. Save it as a session before {action}? Discard loses the run and the quiz answers.</source>
      <translation>Dein trainierter Lauf (Epoche {epoch}) ist nicht gespeichert. Vor {action} als Sitzung speichern? Verwerfen löscht den Lauf und die Quizantworten.</translation>
    </message>
    <message>
      <source>starting a new lesson</source>
      <translation>dem Start einer neuen Lektion</translation>
    </message>
    <message>
      <source>Print run report</source>
      <translation>Laufbericht drucken</translation>
    </message>
    <message>
      <source>Sent the report to {printer}.</source>
      <translation>Der Bericht wurde an {printer} gesendet.</translation>
    </message>
    <message>
      <source>Saved the report in {path}.</source>
      <translation>Der Bericht wurde in {path} gespeichert.</translation>
    </message>
    <message>
      <source>the printer</source>
      <translation>den Drucker</translation>
    </message>
    <message>
      <source>Saved the session at epoch {e} to {path}.</source>
      <translation>Die Sitzung wurde in Epoche {e} unter {path} gespeichert.</translation>
    </message>
    <message>
      <source>Student's name…</source>
      <translation>Name der Schülerin / des Schülers…</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Dein Name</translation>
    </message>
    <message>
      <source>Your name, as it should be printed on the run report:</source>
      <translation>Dein Name, wie er auf dem Laufbericht stehen soll:</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>Vor- und Nachname</translation>
    </message>
    <message>
      <source>The name was not kept: {why}.</source>
      <translation>Der Name wurde nicht übernommen: {why}.</translation>
    </message>
    <message>
      <source>Activation heatmaps per layer</source>
      <translation>Aktivierungs-Heatmaps je Schicht</translation>
    </message>
    <message>
      <source>Hover a cell to read its value.</source>
      <translation>Zeige auf eine Zelle, um ihren Wert zu lesen.</translation>
    </message>
    <message>
      <source>live</source>
      <translation>live</translation>
    </message>
    <message>
      <source>from the past</source>
      <translation>aus der Vergangenheit</translation>
    </message>
    <message>
      <source>Normalized</source>
      <translation>Normalisiert</translation>
    </message>
    <message>
      <source>Output p</source>
      <translation>Ausgabe p</translation>
    </message>
    <message>
      <source>Raw input</source>
      <translation>Roheingabe</translation>
    </message>
    <message>
      <source>Layer {k}: {d} ✕</source>
      <translation>Schicht {k}: {d} ✕</translation>
    </message>
    <message>
      <source>validation row {r} ({c})</source>
      <translation>Validierungszeile {r} ({c})</translation>
    </message>
    <message>
      <source>output p</source>
      <translation>Ausgabe p</translation>
    </message>
    <message>
      <source>(colours scaled within each column)</source>
      <translation>(Farben innerhalb jeder Spalte skaliert)</translation>
    </message>
    <message>
      <source>features</source>
      <translation>Merkmale</translation>
    </message>
    <message>
      <source>layer {k} units</source>
      <translation>Einheiten von Schicht {k}</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b} ({when}) · {n} validation examples, {c0} on top, {c1} below · dead ReLU units (✕): {dead}</source>
      <translation>Epoche {e}, Batch {b} ({when}) · {n} Validierungsbeispiele, {c0} oben, {c1} unten · tote ReLU-Einheiten (✕): {dead}</translation>
    </message>
    <message>
      <source>feature {name}</source>
      <translation>Merkmal {name}</translation>
    </message>
    <message>
      <source>layer {k}, unit {u}</source>
      <translation>Schicht {k}, Einheit {u}</translation>
    </message>
    <message>
      <source>Gradients per layer</source>
      <translation>Gradienten je Schicht</translation>
    </message>
    <message>
      <source>‖gradient‖ per layer</source>
      <translation>‖Gradient‖ je Schicht</translation>
    </message>
    <message>
      <source>‖gradient‖ over the run</source>
      <translation>‖Gradient‖ im Verlauf des Laufs</translation>
    </message>
    <message>
      <source>batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <source>output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <source>The run is over. Its last batch (epoch {e}, batch {b}) at the final weights: loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Der Lauf ist beendet. Sein letzter Batch (Epoche {e}, Batch {b}) mit den endgültigen Gewichten: Verlust {loss:.4f}; ‖Gradient‖: {norms}.</translation>
    </message>
    <message>
      <source>Next batch (epoch {e}, batch {b}): loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Nächster Batch (Epoche {e}, Batch {b}): Verlust {loss:.4f}; ‖Gradient‖: {norms}.</translation>
    </message>
    <message>
      <source>layer {k}</source>
      <translation>Schicht {k}</translation>
    </message>
    <message>
      <source>No batch has been trained yet.</source>
      <translation>Es wurde noch kein Batch trainiert.</translation>
    </message>
    <message>
      <source>dW of {name}</source>
      <translation>dW von {name}</translation>
    </message>
    <message>
      <source>Last update ‖ΔW‖/‖W‖: {r}.</source>
      <translation>Letzte Änderung ‖ΔW‖/‖W‖: {r}.</translation>
    </message>
    <message>
      <source>Step one sample stage</source>
      <translation>Eine Stufe mit einem Beispiel gehen</translation>
    </message>
    <message>
      <source>Back to the live run</source>
      <translation>Zurück zum laufenden Training</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Aktivierungen</translation>
    </message>
    <message>
      <source>Prediction trace</source>
      <translation>Vorhersage-Spur</translation>
    </message>
    <message>
      <source>Backward pass</source>
      <translation>Rückwärtsdurchlauf</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <source>Step sample {i}/{n}, training row {row}:</source>
      <translation>Beispielschritt {i}/{n}, Trainingszeile {row}:</translation>
    </message>
    <message>
      <source>(The core trained on a different batch than shown.)</source>
      <translation>(Der Kern hat mit einem anderen Batch trainiert als angezeigt.)</translation>
    </message>
    <message>
      <source>loss = {v:.3f}</source>
      <translation>Verlust = {v:.3f}</translation>
    </message>
    <message>
      <source>Click a unit to see how it computes its value.</source>
      <translation>Klicke auf eine Einheit, um zu sehen, wie sie ihren Wert berechnet.</translation>
    </message>
    <message>
      <source>Output unit</source>
      <translation>Ausgabeeinheit</translation>
    </message>
    <message>
      <source>unit {u} of layer {k}</source>
      <translation>Einheit {u} von Schicht {k}</translation>
    </message>
    <message>
      <source>{where} on validation row {row} ({act})</source>
      <translation>{where} bei Validierungszeile {row} ({act})</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u}</source>
      <translation>Schicht {k}, Einheit {u}</translation>
    </message>
    <message>
      <source>bias b</source>
      <translation>Bias b</translation>
    </message>
    <message>
      <source>the other {n} terms</source>
      <translation>die übrigen {n} Terme</translation>
    </message>
    <message>
      <source>validation row </source>
      <translation>Validierungszeile </translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Zurück</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Weiter ▶</translation>
    </message>
    <message>
      <source>First Hidden Layer</source>
      <translation>Erste verborgene Schicht</translation>
    </message>
    <message>
      <source>Second Hidden Layer</source>
      <translation>Zweite verborgene Schicht</translation>
    </message>
    <message>
      <source>Input (normalized)</source>
      <translation>Eingabe (normalisiert)</translation>
    </message>
    <message>
      <source>p, the probability of class 1 (dashed: 0.5)</source>
      <translation>p, die Wahrscheinlichkeit für Klasse 1 (gestrichelt: 0,5)</translation>
    </message>
    <message>
      <source>Output Layer</source>
      <translation>Ausgabeschicht</translation>
    </message>
    <message>
      <source>right</source>
      <translation>richtig</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>falsch</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: p = {p:.3f} → predicted {pred}; true {true} ({mark})</source>
      <translation>Epoche {e}, Batch {b}: p = {p:.3f} → vorhergesagt {pred}; richtig wäre {true} ({mark})</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <source>feature</source>
      <translation>Merkmal</translation>
    </message>
    <message>
      <source>Hidden Layer {k}</source>
      <translation>Verborgene Schicht {k}</translation>
    </message>
    <message>
      <source>Moment of the run</source>
      <translation>Zeitpunkt des Laufs</translation>
    </message>
    <message>
      <source>Drag, or click a point, to see the run after any batch</source>
      <translation>Ziehe oder klicke auf einen Punkt, um den Lauf nach einem beliebigen Batch zu sehen</translation>
    </message>
    <message>
      <source>Back to live</source>
      <translation>Zurück zu live</translation>
    </message>
    <message>
      <source>past</source>
      <translation>vergangen</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Zeit:</translation>
    </message>
    <message>
      <source>epoch {e}, batch {b} (step {s}, {when}) · {k} kept</source>
      <translation>Epoche {e}, Batch {b} (Schritt {s}, {when}) · {k} gespeichert</translation>
    </message>
    <message>
      <source>Weights, their change and biases</source>
      <translation>Gewichte, ihre Änderung und Biases</translation>
    </message>
    <message>
      <source>the last batch</source>
      <translation>den letzten Batch</translation>
    </message>
    <message>
      <source>the last {n} batches</source>
      <translation>die letzten {n} Batches</translation>
    </message>
    <message>
      <source>ΔW since the step before</source>
      <translation>ΔW seit dem vorherigen Schritt</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}. Top: weights (rows: inputs, columns: units; blue negative, red positive). Middle: change over {span}. Bottom: biases.</source>
      <translation>Epoche {e}, Batch {b}. Oben: Gewichte (Zeilen: Eingaben, Spalten: Einheiten; blau negativ, rot positiv). Mitte: Änderung über {span}. Unten: Biases.</translation>
    </message>
    <message>
      <source>{what} of layer {k}: input {i} → unit {u} = {v:.4g}</source>
      <translation>{what} von Schicht {k}: Eingabe {i} → Einheit {u} = {v:.4g}</translation>
    </message>
    <message>
      <source>W of {name}</source>
      <translation>W von {name}</translation>
    </message>
    <message>
      <source>b of {name}</source>
      <translation>b von {name}</translation>
    </message>
    <message>
      <source>the dots are the data's rows</source>
      <translation>die Punkte sind die Zeilen der Daten</translation>
    </message>
    <message>
      <source>the dots are real people</source>
      <translation>die Punkte sind echte Personen</translation>
    </message>
    <message>
      <source>Colour: the network's probability of class 1 at each point; the black line is where it is exactly 0.5, its decision boundary.</source>
      <translation>Farbe: die Wahrscheinlichkeit des Netzes für Klasse 1 an jedem Punkt; die schwarze Linie liegt dort, wo sie genau 0,5 ist: seine Entscheidungsgrenze.</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
      <source>the dots are rows of the data ({description})</source>
      <translation>die Punkte sind Zeilen der Daten ({description})</translation>
    </message>
    <message>
      <source>class 0</source>
      <translation>Klasse 0</translation>
    </message>
    <message>
      <source>class 1</source>
      <translation>Klasse 1</translation>
    </message>
    <message>
      <source>Horizontal:</source>
      <translation>Waagerecht:</translation>
    </message>
    <message>
      <source>Vertical:</source>
      <translation>Senkrecht:</translation>
    </message>
    <message>
      <source>Before training</source>
      <translation>Vor dem Training</translation>
    </message>
    <message>
      <source>P(class 1)</source>
      <translation>P(Klasse 1)</translation>
    </message>
    <message>
      <source>Every other feature is held at its median over the training rows; {dots}, whose other features vary.</source>
      <translation>Jedes andere Merkmal wird auf seinem Median über die Trainingszeilen gehalten; {dots}, deren andere Merkmale variieren.</translation>
    </message>
    <message>
      <source>After epoch {e} of {n}</source>
      <translation>Nach Epoche {e} von {n}</translation>
    </message>
    <message>
      <source>Compare depths</source>
      <translation>Tiefen vergleichen</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>seeds: </source>
      <translation>Seeds: </translation>
    </message>
    <message>
      <source>Press “Compare depths” to train the networks.</source>
      <translation>Drücke „Tiefen vergleichen“, um die Netze zu trainieren.</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation accuracy reached 90% of that run's own best.</source>
      <translation>Median über die Seeds der ersten Epoche, in der die Validierungsgenauigkeit 90 % des eigenen Bestwerts dieses Laufs erreichte.</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): ● class 0, ▼ class 1; colour is the probability of class 1, the black line its 0.5 boundary.</source>
      <translation>Was jedes Netz auf der Ebene antwortet (erster Seed): ● Klasse 0, ▼ Klasse 1; die Farbe ist die Wahrscheinlichkeit für Klasse 1, die schwarze Linie ihre 0,5-Grenze.</translation>
    </message>
    <message>
      <source>Training the networks…</source>
      <translation>Die Netze werden trainiert…</translation>
    </message>
    <message>
      <source>How many seeds each network is trained on (its own data split </source>
      <translation>Mit wie vielen Seeds jedes Netz trainiert wird (eigene Datenaufteilung </translation>
    </message>
    <message>
      <source>and starting weights per seed).</source>
      <translation>und Startgewichte je Seed).</translation>
    </message>
    <message>
      <source>Stopped before the end; press again.</source>
      <translation>Vor dem Ende gestoppt; drücke noch einmal.</translation>
    </message>
    <message>
      <source>Trains on “{data}”, each seed with its own split and starting weights: {names}. No hidden layer is fitted to convergence with Newton's method.</source>
      <translation>Trainiert mit „{data}“, jeder Seed mit eigener Aufteilung und eigenen Startgewichten: {names}. Ohne verborgene Schicht wird mit dem Newton-Verfahren bis zur Konvergenz angepasst.</translation>
    </message>
    <message>
      <source>Each score is a logistic regression fitted to convergence on the training rows' values at that layer, counted on the validation rows.</source>
      <translation>Jeder Wert stammt von einer logistischen Regression, die auf den Werten der Trainingszeilen in dieser Schicht bis zur Konvergenz angepasst und auf den Validierungszeilen gezählt wurde.</translation>
    </message>
    <message>
      <source>r is how closely a unit's activation follows the label on the validation rows (−1 to +1); the weights say what the unit is built from.</source>
      <translation>r gibt an, wie eng die Aktivierung einer Einheit dem Label auf den Validierungszeilen folgt (−1 bis +1); die Gewichte zeigen, woraus die Einheit aufgebaut ist.</translation>
    </message>
    <message>
      <source>Train the network to see how its layers separate the classes.</source>
      <translation>Trainiere das Netz, um zu sehen, wie seine Schichten die Klassen trennen.</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Spalten</translation>
    </message>
    <message>
      <source>Validation rows right</source>
      <translation>Richtige Validierungszeilen</translation>
    </message>
    <message>
      <source>the network's own answer</source>
      <translation>die eigene Antwort des Netzes</translation>
    </message>
    <message>
      <source>raw measurements</source>
      <translation>Rohmesswerte</translation>
    </message>
    <message>
      <source>normalized inputs</source>
      <translation>normalisierte Eingaben</translation>
    </message>
    <message>
      <source>layer {k}'s patterns</source>
      <translation>Muster von Schicht {k}</translation>
    </message>
    <message>
      <source>Layer {k} ({w} units): strongest |r| = {r:.2f}</source>
      <translation>Schicht {k} ({w} Einheiten): stärkstes |r| = {r:.2f}</translation>
    </message>
    <message>
      <source>The layers' numbers could not be computed: {why}</source>
      <translation>Die Werte der Schichten konnten nicht berechnet werden: {why}</translation>
    </message>
    <message>
      <source>A straight line through each layer</source>
      <translation>Eine gerade Linie durch jede Schicht</translation>
    </message>
    <message>
      <source>Step by step: this run</source>
      <translation>Schritt für Schritt: dieser Lauf</translation>
    </message>
    <message>
      <source>Units that follow the label</source>
      <translation>Einheiten, die dem Label folgen</translation>
    </message>
    <message>
      <source>This network has no hidden layer: it weighs the inputs once and cannot build patterns. Add hidden layers (e.g. 64, 32) to see them form.</source>
      <translation>Dieses Netz hat keine verborgene Schicht: Es gewichtet die Eingaben einmal und kann keine Muster bilden. Füge verborgene Schichten hinzu (z. B. 64, 32), um zu sehen, wie sie entstehen.</translation>
    </message>
    <message>
      <source>No epoch has finished: the units still have their random starting weights.</source>
      <translation>Noch keine Epoche ist fertig: Die Einheiten haben noch ihre zufälligen Startgewichte.</translation>
    </message>
    <message>
      <source>No epoch has finished yet.</source>
      <translation>Noch keine Epoche ist fertig.</translation>
    </message>
    <message>
      <source>Shallow against deep</source>
      <translation>Flach gegen tief</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Überspringen</translation>
    </message>
    <message>
      <source>Go on without doing this step</source>
      <translation>Ohne diesen Schritt weitermachen</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
      <source>End lesson</source>
      <translation>Lektion beenden</translation>
    </message>
    <message>
      <source>Close the lesson; your run stays as it is</source>
      <translation>Lektion schließen; dein Lauf bleibt, wie er ist</translation>
    </message>
    <message>
      <source>Step {i}: look here</source>
      <translation>Schritt {i}: Schau hier</translation>
    </message>
    <message>
      <source>Open this box</source>
      <translation>Dieses Feld öffnen</translation>
    </message>
    <message>
      <source>Step one sample</source>
      <translation>Ein Beispiel weiter</translation>
    </message>
    <message>
      <source>Step one epoch</source>
      <translation>Eine Epoche weiter</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Show this tab</source>
      <translation>Diesen Reiter zeigen</translation>
    </message>
    <message>
      <source>Take the quiz</source>
      <translation>Quiz machen</translation>
    </message>
    <message>
      <source>Step {i} of {n}</source>
      <translation>Schritt {i} von {n}</translation>
    </message>
    <message>
      <source>Done: {hint}</source>
      <translation>Erledigt: {hint}</translation>
    </message>
    <message>
      <source>Next: {hint}</source>
      <translation>Als Nächstes: {hint}</translation>
    </message>
    <message>
      <source>Key insight with this run's evidence</source>
      <translation>Kernaussage mit den Belegen dieses Laufs</translation>
    </message>
    <message>
      <source>Compare depths (train shallow and deep)</source>
      <translation>Tiefen vergleichen (flach und tief trainieren)</translation>
    </message>
    <message>
      <source>Key insight</source>
      <translation>Kernaussage</translation>
    </message>
    <message>
      <source>About your run</source>
      <translation>Über deinen Lauf</translation>
    </message>
    <message>
      <source>Keys: 1–4 or A–D to answer, Enter to go on</source>
      <translation>Tasten: 1–4 oder A–D zum Antworten, Enter zum Weitermachen</translation>
    </message>
    <message>
      <source>Stage: data</source>
      <translation>Stufe: Daten</translation>
    </message>
    <message>
      <source>Stage: normalization</source>
      <translation>Stufe: Normalisierung</translation>
    </message>
    <message>
      <source>Stage: hidden layers</source>
      <translation>Stufe: verborgene Schichten</translation>
    </message>
    <message>
      <source>Stage: output and sigmoid</source>
      <translation>Stufe: Ausgabe und Sigmoid</translation>
    </message>
    <message>
      <source>Stage: loss and training</source>
      <translation>Stufe: Verlust und Training</translation>
    </message>
    <message>
      <source>Stage: depth</source>
      <translation>Stufe: Tiefe</translation>
    </message>
    <message>
      <source>✓ Correct!</source>
      <translation>✓ Richtig!</translation>
    </message>
    <message>
      <source>✗ Not quite.</source>
      <translation>✗ Nicht ganz.</translation>
    </message>
    <message>
      <source>See my score</source>
      <translation>Mein Ergebnis zeigen</translation>
    </message>
    <message>
      <source>Next question</source>
      <translation>Nächste Frage</translation>
    </message>
    <message>
      <source>LayerLab quiz: {0}</source>
      <translation>LayerLab-Quiz: {0}</translation>
    </message>
    <message>
      <source>Question {0} of {1}</source>
      <translation>Frage {0} von {1}</translation>
    </message>
    <message>
      <source>your answer: right</source>
      <translation>deine Antwort: richtig</translation>
    </message>
    <message>
      <source>right answer</source>
      <translation>richtige Antwort</translation>
    </message>
    <message>
      <source>You chose {0}: {1}

The right answer is {2}: “{3}”. {4}</source>
      <translation>Du hast {0} gewählt: {1}

Die richtige Antwort ist {2}: „{3}“. {4}</translation>
    </message>
    <message>
      <source>your answer: wrong</source>
      <translation>deine Antwort: falsch</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>This question bank has no questions for the data in use: its questions are marked for other data sets (their "datasets" key).</source>
      <translation>Dieser Fragenkatalog hat keine Fragen für die aktuellen Daten: Seine Fragen sind für andere Datensätze markiert (ihr Schlüssel "datasets").</translation>
    </message>
    <message>
      <source>No questions for this data</source>
      <translation>Keine Fragen für diese Daten</translation>
    </message>
    <message>
      <source>Excellent: every answer right!</source>
      <translation>Ausgezeichnet: alle Antworten richtig!</translation>
    </message>
    <message>
      <source>Retake: {0} new questions</source>
      <translation>Wiederholen: {0} neue Fragen</translation>
    </message>
    <message>
      <source>Retake: all {0} questions</source>
      <translation>Wiederholen: alle {0} Fragen</translation>
    </message>
    <message>
      <source>You scored {0} out of {1}</source>
      <translation>Du hast {0} von {1} Punkten erreicht</translation>
    </message>
    <message>
      <source>Good work. Read why below for the ones you missed.</source>
      <translation>Gut gemacht. Lies unten die Erklärungen zu den Fragen, die du verfehlt hast.</translation>
    </message>
    <message>
      <source>Read the right answers below, then try a new set of questions.</source>
      <translation>Lies unten die richtigen Antworten und versuche dann neue Fragen.</translation>
    </message>
    <message>
      <source>Your answer: {0}</source>
      <translation>Deine Antwort: {0}</translation>
    </message>
    <message>
      <source>Right answer: {0}</source>
      <translation>Richtige Antwort: {0}</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Training</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Learn</source>
      <translation>&amp;Lernen</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Projector mode</source>
      <translation>Projektormodus</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>(not available now)</source>
      <translation>(gerade nicht verfügbar)</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Step epoch</source>
      <translation>Epochenschritt</translation>
    </message>
    <message>
      <source>Step batch</source>
      <translation>Batchschritt</translation>
    </message>
    <message>
      <source>Step sample</source>
      <translation>Beispielschritt</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Setup ▸</source>
      <translation>Einstellungen ▸</translation>
    </message>
    <message>
      <source>Network and data</source>
      <translation>Netz und Daten</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Hidden layers</source>
      <translation>Verborgene Schichten</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>Aktivierung</translation>
    </message>
    <message>
      <source>Epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Batchgröße</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Optimierer</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>From slow motion to as fast as possible</source>
      <translation>Von Zeitlupe bis so schnell wie möglich</translation>
    </message>
    <message>
      <source>Training speed</source>
      <translation>Trainingstempo</translation>
    </message>
    <message>
      <source>Setup ◂</source>
      <translation>Einstellungen ◂</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Pipeline diagram</source>
      <translation>Pipeline-Diagramm</translation>
    </message>
    <message>
      <source>{title}: click for details</source>
      <translation>{title}: für Details klicken</translation>
    </message>
    <message>
      <source>Layer {k}</source>
      <translation>Schicht {k}</translation>
    </message>
    <message>
      <source>{n:,} weights and biases</source>
      <translation>{n:,} Gewichte und Biases</translation>
    </message>
    <message>
      <source>Normal size (1×)</source>
      <translation>Normale Größe (1×)</translation>
    </message>
    <message>
      <source>Projector, large (1.5×)</source>
      <translation>Projektor, groß (1,5×)</translation>
    </message>
    <message>
      <source>Projector, extra large (2×)</source>
      <translation>Projektor, sehr groß (2×)</translation>
    </message>
    <message>
      <source>Double-click a validation row (V) to follow it in Prediction trace</source>
      <translation>Doppelklicke auf eine Validierungszeile (V), um ihr in der Vorhersage-Spur zu folgen</translation>
    </message>
    <message>
      <source>Raw data</source>
      <translation>Rohdaten</translation>
    </message>
    <message>
      <source>Normalized (0–1)</source>
      <translation>Normalisiert (0–1)</translation>
    </message>
    <message>
      <source>Feature ranges</source>
      <translation>Wertebereiche der Merkmale</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Einheiten</translation>
    </message>
    <message>
      <source>Inputs per unit</source>
      <translation>Eingaben je Einheit</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>Formel</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Stage: {title}</source>
      <translation>Stufe: {title}</translation>
    </message>
    <message>
      <source>raw minimum</source>
      <translation>Rohminimum</translation>
    </message>
    <message>
      <source>raw maximum</source>
      <translation>Rohmaximum</translation>
    </message>
    <message>
      <source>Weights now</source>
      <translation>Gewichte jetzt</translation>
    </message>
    <message>
      <source>{w:,} weights + {b} biases = {n:,}</source>
      <translation>{w:,} Gewichte + {b} Biases = {n:,}</translation>
    </message>
    <message>
      <source>mean |w| {mean:.3f}, largest |w| {big:.3f}, bias from {lo:.3f} to {hi:.3f} (after {steps} updates)</source>
      <translation>mittleres |w| {mean:.3f}, größtes |w| {big:.3f}, Bias von {lo:.3f} bis {hi:.3f} (nach {steps} Änderungen)</translation>
    </message>
    <message>
      <source>Training trace, one row per epoch</source>
      <translation>Trainingsprotokoll, eine Zeile je Epoche</translation>
    </message>
    <message>
      <source>Loss and accuracy curves</source>
      <translation>Verlust- und Genauigkeitskurven</translation>
    </message>
    <message>
      <source>Loss ↓</source>
      <translation>Verlust ↓</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <source>Accuracy ↑</source>
      <translation>Genauigkeit ↑</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <source>training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>validation</source>
      <translation>Validierung</translation>
    </message>
    <message>
      <source>epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <source>loss per batch</source>
      <translation>Verlust je Batch</translation>
    </message>
    <message>
      <source>LayerLab training curves</source>
      <translation>LayerLab-Trainingskurven</translation>
    </message>
    <message>
      <source>LayerLab — why deep networks learn complex patterns</source>
      <translation>LayerLab – warum tiefe Netze komplexe Muster lernen</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ausblenden</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>bereit</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <source>After the rollback: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Nach dem Zurücksetzen: {acc:.0%} der Validierungszeilen richtig; {chance}</translation>
    </message>
    <message>
      <source>Now: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Jetzt: {acc:.0%} der Validierungszeilen richtig; {chance}</translation>
    </message>
    <message>
      <source>Epoch {e}/{n}</source>
      <translation>Epoche {e}/{n}</translation>
    </message>
    <message>
      <source>batch {b}/{bn}</source>
      <translation>Batch {b}/{bn}</translation>
    </message>
    <message>
      <source>{t:.1f} s</source>
      <translation>{t:.1f} s</translation>
    </message>
    <message>
      <source>To beat: {chance}</source>
      <translation>Zu schlagen: {chance}</translation>
    </message>
    <message>
      <source>Now: {text}</source>
      <translation>Jetzt: {text}</translation>
    </message>
    <message>
      <source>{r:,.0f} examples/s</source>
      <translation>{r:,.0f} Beispiele/s</translation>
    </message>
    <message>
      <source>Moving around</source>
      <translation>Bewegen</translation>
    </message>
    <message>
      <source>Go to the next / previous control</source>
      <translation>Zum nächsten / vorherigen Bedienelement</translation>
    </message>
    <message>
      <source>Press the focused button, open a stage box</source>
      <translation>Den ausgewählten Knopf drücken, ein Stufenfeld öffnen</translation>
    </message>
    <message>
      <source>In the pipeline diagram: go to the next box</source>
      <translation>Im Pipeline-Diagramm: zum nächsten Feld</translation>
    </message>
    <message>
      <source>In a list, field or slider: change the value</source>
      <translation>In einer Liste, einem Feld oder Schieberegler: den Wert ändern</translation>
    </message>
    <message>
      <source>In the guided lesson: back / next</source>
      <translation>In der geführten Lektion: zurück / weiter</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <source>Choose an answer</source>
      <translation>Eine Antwort wählen</translation>
    </message>
    <message>
      <source>Go on to the next question</source>
      <translation>Zur nächsten Frage</translation>
    </message>
    <message>
      <source>Close the quiz</source>
      <translation>Das Quiz schließen</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Wo</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Was sie bewirken</translation>
    </message>
    <message>
      <source>Play / pause</source>
      <translation>Start / Pause</translation>
    </message>
    <message>
      <source>Step one batch</source>
      <translation>Einen Batch weiter</translation>
    </message>
    <message>
      <source>New lesson</source>
      <translation>Neue Lektion</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
      <source>Take the quiz…</source>
      <translation>Quiz machen…</translation>
    </message>
    <message>
      <source>About LayerLab</source>
      <translation>Über LayerLab</translation>
    </message>
    <message>
      <source>LayerLab shows, step by step, why a network with hidden layers learns patterns that a single layer cannot. Everything on screen is computed live.</source>
      <translation>LayerLab zeigt Schritt für Schritt, warum ein Netz mit verborgenen Schichten Muster lernt, die eine einzelne Schicht nicht lernen kann. Alles auf dem Bildschirm wird live berechnet.</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy just above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit knapp über Zufall</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy not yet above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit noch nicht über Zufall</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy already clearly above random</source>
      <translation>Das Modell beginnt zu lernen, Genauigkeit schon deutlich über Zufall</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy not above random</source>
      <translation>Das Modell hat bisher wenig gelernt, Genauigkeit nicht über Zufall</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy just above random</source>
      <translation>Das Modell hat bisher wenig gelernt, Genauigkeit knapp über Zufall</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy improves</source>
      <translation>Das Modell lernt einfache Muster, die Genauigkeit steigt</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy did not improve this epoch</source>
      <translation>Das Modell lernt einfache Muster, die Genauigkeit ist in dieser Epoche nicht gestiegen</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy high</source>
      <translation>Das Modell erfasst komplexe Muster, Genauigkeit hoch</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy not high this epoch</source>
      <translation>Das Modell erfasst komplexe Muster, Genauigkeit in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy stabilizes</source>
      <translation>Das Modell verfeinert Details, die Genauigkeit stabilisiert sich</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy still moving</source>
      <translation>Das Modell verfeinert Details, die Genauigkeit bewegt sich noch</translation>
    </message>
    <message>
      <source>Model converges, loss low and accuracy high</source>
      <translation>Das Modell konvergiert, Verlust niedrig und Genauigkeit hoch</translation>
    </message>
    <message>
      <source>Model has settled, but the loss rose this epoch</source>
      <translation>Das Modell hat sich eingependelt, aber der Verlust ist in dieser Epoche gestiegen</translation>
    </message>
    <message>
      <source>Model has settled, but the loss is still above its best</source>
      <translation>Das Modell hat sich eingependelt, aber der Verlust liegt noch über seinem Bestwert</translation>
    </message>
    <message>
      <source>Model has settled, but accuracy is not high this epoch</source>
      <translation>Das Modell hat sich eingependelt, aber die Genauigkeit ist in dieser Epoche nicht hoch</translation>
    </message>
    <message>
      <source>Model has settled, accuracy high but loss not yet low</source>
      <translation>Das Modell hat sich eingependelt, Genauigkeit hoch, aber der Verlust noch nicht niedrig</translation>
    </message>
    <message>
      <source>Training stopped; the numbers are those of the rolled-back weights</source>
      <translation>Training gestoppt; die Werte sind die der zurückgesetzten Gewichte</translation>
    </message>
    <message>
      <source>Loss bump: the loss rose more than 5% this epoch</source>
      <translation>Verlustanstieg: Der Verlust stieg in dieser Epoche um mehr als 5 %</translation>
    </message>
    <message>
      <source>Loss more than 5% above its best for 2+ epochs: try a lower learning rate</source>
      <translation>Verlust seit 2+ Epochen mehr als 5 % über seinem Bestwert: Versuche eine kleinere Lernrate</translation>
    </message>
    <message>
      <source>Overfitting: validation loss 5%+ above its best for 3+ epochs</source>
      <translation>Überanpassung: Validierungsverlust seit 3+ Epochen 5 %+ über seinem Bestwert</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, accuracy not high</source>
      <translation>Plateau: Der Verlust hat sich in 3 Epochen um weniger als 1 % bewegt, Genauigkeit nicht hoch</translation>
    </message>
    <message>
      <source>Training diverged: the loss blew up instead of falling</source>
      <translation>Training divergiert: Der Verlust ist explodiert, statt zu fallen</translation>
    </message>
    <message>
      <source>The training loss is more than 5% higher than in the epoch before. One bump is normal with mini-batches; it matters only if it lasts.</source>
      <translation>Der Trainingsverlust ist mehr als 5 % höher als in der Epoche davor. Ein einzelner Anstieg ist bei Mini-Batches normal; er zählt nur, wenn er anhält.</translation>
    </message>
    <message>
      <source>The training loss has been more than 5% above its best earlier value for at least 2 epochs in a row: the steps overshoot. Try a lower learning rate.</source>
      <translation>Der Trainingsverlust liegt seit mindestens 2 Epochen in Folge mehr als 5 % über seinem früheren Bestwert: Die Schritte schießen über das Ziel hinaus. Versuche eine kleinere Lernrate.</translation>
    </message>
    <message>
      <source>The validation loss has been at least 5% above its best for at least 3 epochs in a row, while the training loss is lower than when validation was at its best: the network is learning its training rows by heart.</source>
      <translation>Der Validierungsverlust liegt seit mindestens 3 Epochen in Folge mindestens 5 % über seinem Bestwert, während der Trainingsverlust niedriger ist als zu der Zeit, als die Validierung am besten war: Das Netz lernt seine Trainingszeilen auswendig.</translation>
    </message>
    <message>
      <source>The training loss moved by less than 1% over the last 3 epochs while validation accuracy is not yet high: learning is stuck (a bigger network or other settings may help).</source>
      <translation>Der Trainingsverlust hat sich in den letzten 3 Epochen um weniger als 1 % bewegt, während die Validierungsgenauigkeit noch nicht hoch ist: Das Lernen steckt fest (ein größeres Netz oder andere Einstellungen können helfen).</translation>
    </message>
    <message>
      <source>The loss became infinite, not a number, or exploded. Training stopped and the weights were rolled back to the last good epoch; this row shows their numbers. Try a learning rate at least 10 times smaller.</source>
      <translation>Der Verlust wurde unendlich, keine Zahl oder ist explodiert. Das Training wurde gestoppt und die Gewichte auf die letzte gute Epoche zurückgesetzt; diese Zeile zeigt deren Werte. Versuche eine mindestens 10-mal kleinere Lernrate.</translation>
    </message>
    <message>
      <source>Deep learning handles complex patterns by passing data through multiple layers that build up from simple to complex features. This layered learning allows the model to improve predictions step by step, as seen by decreasing loss and increasing accuracy during training.</source>
      <translation>Deep Learning bewältigt komplexe Muster, indem es die Daten durch mehrere Schichten schickt, die von einfachen zu komplexen Merkmalen aufbauen. Dieses schichtweise Lernen lässt das Modell seine Vorhersagen Schritt für Schritt verbessern, wie der sinkende Verlust und die steigende Genauigkeit während des Trainings zeigen.</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>fertig</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>divergiert</translation>
    </message>
    <message>
      <source>▲ loss bump</source>
      <translation>▲ Verlustanstieg</translation>
    </message>
    <message>
      <source>⚠ learning rate too high</source>
      <translation>⚠ Lernrate zu hoch</translation>
    </message>
    <message>
      <source>⚠ overfitting</source>
      <translation>⚠ Überanpassung</translation>
    </message>
    <message>
      <source>▬ plateau</source>
      <translation>▬ Plateau</translation>
    </message>
    <message>
      <source>✖ diverged</source>
      <translation>✖ divergiert</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “accuracy” is validation accuracy and “loss” is training loss.</source>
      <translation>Phase: {phase} ({n} von {total}). Phasen gehen nur vorwärts. „Genauigkeit“ ist hier die Validierungsgenauigkeit und „Verlust“ der Trainingsverlust.</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <source>Val. loss ↓</source>
      <translation>Val.-Verlust ↓</translation>
    </message>
    <message>
      <source>Val. accuracy ↑</source>
      <translation>Val.-Genauigkeit ↑</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Beobachtung</translation>
    </message>
    <message>
      <source>Lecture: one example, one stage every 2 seconds</source>
      <translation>Vortrag: ein Beispiel, eine Stufe alle 2 Sekunden</translation>
    </message>
    <message>
      <source>Slow motion: 1 batch per second</source>
      <translation>Zeitlupe: 1 Batch pro Sekunde</translation>
    </message>
    <message>
      <source>5 batches per second</source>
      <translation>5 Batches pro Sekunde</translation>
    </message>
    <message>
      <source>1 epoch per second</source>
      <translation>1 Epoche pro Sekunde</translation>
    </message>
    <message>
      <source>2 epochs per second</source>
      <translation>2 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>Classroom pace: 5 epochs per second</source>
      <translation>Unterrichtstempo: 5 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>10 epochs per second</source>
      <translation>10 Epochen pro Sekunde</translation>
    </message>
    <message>
      <source>As fast as possible</source>
      <translation>So schnell wie möglich</translation>
    </message>
    <message>
      <source>Data Input</source>
      <translation>Dateneingabe</translation>
    </message>
    <message>
      <source>Raw data collected with 20 features per example</source>
      <translation>Rohdaten mit 20 Merkmalen je Beispiel</translation>
    </message>
    <message>
      <source>Normalization</source>
      <translation>Normalisierung</translation>
    </message>
    <message>
      <source>Scale features to range 0-1 for better learning</source>
      <translation>Merkmale auf den Bereich 0–1 skalieren, damit das Lernen besser gelingt</translation>
    </message>
    <message>
      <source>Final layer predicts the class or value</source>
      <translation>Die letzte Schicht sagt die Klasse oder den Wert vorher</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 1)</source>
      <translation>Merkmalsextraktion (Schicht 1)</translation>
    </message>
    <message>
      <source>First neural network layer extracts simple patterns</source>
      <translation>Die erste Schicht des neuronalen Netzes erkennt einfache Muster</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 2)</source>
      <translation>Merkmalsextraktion (Schicht 2)</translation>
    </message>
    <message>
      <source>Second layer combines simple patterns into complex ones</source>
      <translation>Die zweite Schicht kombiniert einfache Muster zu komplexen</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 3)</source>
      <translation>Merkmalsextraktion (Schicht 3)</translation>
    </message>
    <message>
      <source>Layer 3 combines the patterns of layer 2 further</source>
      <translation>Schicht 3 kombiniert die Muster von Schicht 2 weiter</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 4)</source>
      <translation>Merkmalsextraktion (Schicht 4)</translation>
    </message>
    <message>
      <source>Layer 4 combines the patterns of layer 3 further</source>
      <translation>Schicht 4 kombiniert die Muster von Schicht 3 weiter</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 5)</source>
      <translation>Merkmalsextraktion (Schicht 5)</translation>
    </message>
    <message>
      <source>Layer 5 combines the patterns of layer 4 further</source>
      <translation>Schicht 5 kombiniert die Muster von Schicht 4 weiter</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 6)</source>
      <translation>Merkmalsextraktion (Schicht 6)</translation>
    </message>
    <message>
      <source>Layer 6 combines the patterns of layer 5 further</source>
      <translation>Schicht 6 kombiniert die Muster von Schicht 5 weiter</translation>
    </message>
    <message>
      <source>Start or pause training (Space)</source>
      <translation>Training starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
      <source>Train exactly one more epoch, then pause (Right arrow)</source>
      <translation>Genau eine weitere Epoche trainieren, dann pausieren (Pfeil rechts)</translation>
    </message>
    <message>
      <source>Make one mini-batch update, then pause (Shift+Right)</source>
      <translation>Eine Mini-Batch-Änderung machen, dann pausieren (Umschalt+Rechts)</translation>
    </message>
    <message>
      <source>Walk one example of the next mini-batch through the network, one stage per press; the last stage makes the batch's update (Ctrl+Right)</source>
      <translation>Ein Beispiel des nächsten Mini-Batches durch das Netz führen, eine Stufe pro Druck; die letzte Stufe macht die Änderung des Batches (Strg+Rechts)</translation>
    </message>
    <message>
      <source>Start again with fresh random weights from the same seed (Ctrl+R)</source>
      <translation>Mit frischen Zufallsgewichten aus demselben Seed neu beginnen (Strg+R)</translation>
    </message>
    <message>
      <source>Test your understanding with a few questions (Ctrl+T)</source>
      <translation>Prüfe dein Verständnis mit ein paar Fragen (Strg+T)</translation>
    </message>
    <message>
      <source>Show or hide the network, data and speed settings</source>
      <translation>Die Einstellungen für Netz, Daten und Tempo zeigen oder verbergen</translation>
    </message>
    <message>
      <source>Which data to learn from; athletes is the lesson's data</source>
      <translation>Aus welchen Daten gelernt wird; athletes sind die Daten der Lektion</translation>
    </message>
    <message>
      <source>How many passes over the training rows</source>
      <translation>Wie viele Durchgänge über die Trainingszeilen</translation>
    </message>
    <message>
      <source>Step size of each update; can change while training runs</source>
      <translation>Schrittweite jeder Änderung; kann während des Trainings geändert werden</translation>
    </message>
    <message>
      <source>Examples per mini-batch update</source>
      <translation>Beispiele je Mini-Batch-Änderung</translation>
    </message>
    <message>
      <source>adam adapts each weight's step; sgd uses one step with momentum</source>
      <translation>adam passt den Schritt jedes Gewichts an; sgd nutzt einen Schritt mit Momentum</translation>
    </message>
    <message>
      <source>Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer</source>
      <translation>Größen der verborgenen Schichten, z. B. "64, 32"; leer lassen für keine verborgene Schicht</translation>
    </message>
    <message>
      <source>The function each hidden unit applies to its weighted sum</source>
      <translation>Die Funktion, die jede verborgene Einheit auf ihre gewichtete Summe anwendet</translation>
    </message>
    <message>
      <source>Same seed, same data, same starting weights, same run</source>
      <translation>Gleicher Seed, gleiche Daten, gleiche Startgewichte, gleicher Lauf</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <source>Mean val. acc.</source>
      <translation>Mittl. Val.-Genauigkeit</translation>
    </message>
    <message>
      <source>Min–max</source>
      <translation>Min.–Max.</translation>
    </message>
    <message>
      <source>Epochs to 90%</source>
      <translation>Epochen bis 90 %</translation>
    </message>
    <message>
      <source>Export curves…</source>
      <translation>Kurven exportieren…</translation>
    </message>
    <message>
      <source>Export training trace (CSV)…</source>
      <translation>Trainingsprotokoll exportieren (CSV)…</translation>
    </message>
    <message>
      <source>Full history (CSV)…</source>
      <translation>Vollständiger Verlauf (CSV)…</translation>
    </message>
    <message>
      <source>Every mini-batch loss (CSV)…</source>
      <translation>Verlust jedes Mini-Batches (CSV)…</translation>
    </message>
    <message>
      <source>Trained weights (.npz)…</source>
      <translation>Trainierte Gewichte (.npz)…</translation>
    </message>
    <message>
      <source>Trained weights (JSON)…</source>
      <translation>Trainierte Gewichte (JSON)…</translation>
    </message>
    <message>
      <source>Pipeline diagram (PNG)…</source>
      <translation>Pipeline-Diagramm (PNG)…</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Deutsch</source>
      <translation>Deutsch</translation>
    </message>
    <message>
      <source>Español</source>
      <translation>Español</translation>
    </message>
  </context>
</TS>
