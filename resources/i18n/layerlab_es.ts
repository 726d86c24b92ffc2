<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
  <context>
    <name>LayerLab</name>
    <message>
      <source>Open profile…</source>
      <translation>Abrir perfil…</translation>
    </message>
    <message>
      <source>Save as classroom profile…</source>
      <translation>Guardar como perfil de clase…</translation>
    </message>
    <message>
      <source>Remember my setup</source>
      <translation>Recordar mi configuración</translation>
    </message>
    <message>
      <source>Start next time with this setup and speed (not on a shared login)</source>
      <translation>Empezar la próxima vez con esta configuración y velocidad (no en un inicio de sesión compartido)</translation>
    </message>
    <message>
      <source>Guided lesson</source>
      <translation>Lección guiada</translation>
    </message>
    <message>
      <source>Next size</source>
      <translation>Tamaño siguiente</translation>
    </message>
    <message>
      <source>Open classroom profile</source>
      <translation>Abrir perfil de clase</translation>
    </message>
    <message>
      <source>Fix the highlighted field first, then save the profile.</source>
      <translation>Corrige primero el campo marcado y luego guarda el perfil.</translation>
    </message>
    <message>
      <source>Drop the rows with missing or non-finite values</source>
      <translation>Quitar las filas con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>Open data</source>
      <translation>Abrir datos</translation>
    </message>
    <message>
      <source>The file's first rows</source>
      <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
      <source>Problems found in the file</source>
      <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>Problemas encontrados</translation>
    </message>
    <message>
      <source>Load data</source>
      <translation>Cargar datos</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>Ningún archivo elegido.</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <source>The column the network learns to predict; it needs two values.</source>
      <translation>La columna que la red aprende a predecir; necesita dos valores.</translation>
    </message>
    <message>
      <source>Choose the target column</source>
      <translation>Elegir la columna objetivo</translation>
    </message>
    <message>
      <source>Drop columns with a single value</source>
      <translation>Quitar las columnas con un solo valor</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Columna objetivo</translation>
    </message>
    <message>
      <source>Fixes</source>
      <translation>Correcciones</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.tsv *.txt)</source>
      <translation>Archivos CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
      <source>Checking the choice…</source>
      <translation>Comprobando la elección…</translation>
    </message>
    <message>
      <source>The last column, '{name}', cannot be the target: {why}</source>
      <translation>La última columna, '{name}', no puede ser el objetivo: {why}</translation>
    </message>
    <message>
      <source>Choose the target column: the column the network learns to predict. It needs two values, each in at least 5% of the rows and 10 rows.</source>
      <translation>Elige la columna objetivo: la columna que la red aprende a predecir. Necesita dos valores, cada uno en al menos el 5 % de las filas y en 10 filas.</translation>
    </message>
    <message>
      <source>Ready to load</source>
      <translation>Listo para cargar</translation>
    </message>
    <message>
      <source>Press Load data to train on it.</source>
      <translation>Pulsa «Cargar datos» para entrenar con ellos.</translation>
    </message>
    <message>
      <source>This file cannot be loaded yet; the data in use stays.</source>
      <translation>Este archivo aún no se puede cargar; se mantienen los datos en uso.</translation>
    </message>
    <message>
      <source>Setting up the network for this data…</source>
      <translation>Preparando la red para estos datos…</translation>
    </message>
    <message>
      <source>The data in use stays; fix the file and try again.</source>
      <translation>Se mantienen los datos en uso; corrige el archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Drop the row with missing or non-finite values</source>
      <translation>Quitar la fila con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>Drop the {n} rows with missing or non-finite values</source>
      <translation>Quitar las {n} filas con valores que faltan o no finitos</translation>
    </message>
    <message>
      <source>numbers</source>
      <translation>números</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>Load waits until the problems listed above are fixed.</source>
      <translation>La carga espera hasta que se corrijan los problemas indicados arriba.</translation>
    </message>
    <message>
      <source>None: the file can be loaded.</source>
      <translation>Ninguno: el archivo se puede cargar.</translation>
    </message>
    <message>
      <source>Open data (up to {mb} MB)</source>
      <translation>Abrir datos (hasta {mb} MB)</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Leyendo {name}…</translation>
    </message>
    <message>
      <source>{name}: {rows} data rows, {cols} columns (first {shown} shown)</source>
      <translation>{name}: {rows} filas de datos, {cols} columnas (se muestran las primeras {shown})</translation>
    </message>
    <message>
      <source>Load waits: {first}</source>
      <translation>La carga espera: {first}</translation>
    </message>
    <message>
      <source>There is no run to export yet.</source>
      <translation>Todavía no hay ninguna ejecución que exportar.</translation>
    </message>
    <message>
      <source>Saved {name} in {folder}.</source>
      <translation>{name} guardado en {folder}.</translation>
    </message>
    <message>
      <source>Open data…</source>
      <translation>Abrir datos…</translation>
    </message>
    <message>
      <source>Open session…</source>
      <translation>Abrir sesión…</translation>
    </message>
    <message>
      <source>Save session…</source>
      <translation>Guardar sesión…</translation>
    </message>
    <message>
      <source>Print / save run report…</source>
      <translation>Imprimir / guardar informe de la ejecución…</translation>
    </message>
    <message>
      <source>Print run report…</source>
      <translation>Imprimir informe de la ejecución…</translation>
    </message>
    <message>
      <source>Print / save run report</source>
      <translation>Imprimir / guardar informe de la ejecución</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message>
      <source>Save session</source>
      <translation>Guardar sesión</translation>
    </message>
    <message>
      <source>Open session</source>
      <translation>Abrir sesión</translation>
    </message>
    <message>
      <source>Opened the session saved at epoch {e}. {note}</source>
      <translation>Se abrió la sesión guardada en la época {e}. {note}</translation>
    </message>
    <message>
      <source>Fixed by your teacher's profile</source>
      <translation>Fijado por el perfil de tu profesor</translation>
    </message>
    <message>
      <source>(fixed)</source>
      <translation>(fijo)</translation>
    </message>
    <message>
      <source>Save classroom profile</source>
      <translation>Guardar perfil de clase</translation>
    </message>
    <message>
      <source>Save as classroom profile</source>
      <translation>Guardar como perfil de clase</translation>
    </message>
    <message>
      <source>The data, network and speed are saved as they are set now. Choose what students may change.</source>
      <translation>Los datos, la red y la velocidad se guardan tal como están ahora. Elige lo que el alumnado puede cambiar.</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Clase</translation>
    </message>
    <message>
      <source>e.g. Year 10 computing</source>
      <translation>p. ej. Informática, 4.º de ESO</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Font scale</source>
      <translation>Escala de letra</translation>
    </message>
    <message>
      <source>Controls</source>
      <translation>Controles</translation>
    </message>
    <message>
      <source>students may change it</source>
      <translation>el alumnado puede cambiarlo</translation>
    </message>
    <message>
      <source>locked (visible, fixed)</source>
      <translation>bloqueado (visible, fijo)</translation>
    </message>
    <message>
      <source>hidden</source>
      <translation>oculto</translation>
    </message>
    <message>
      <source>Quiz questions (ticked ones are asked)</source>
      <translation>Preguntas del cuestionario (se hacen las marcadas)</translation>
    </message>
    <message>
      <source>Save your run?</source>
      <translation>¿Guardar tu ejecución?</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>cerrar</translation>
    </message>
    <message>
      <source>A new lesson: the lesson's setup and a fresh run.</source>
      <translation>Una lección nueva: la configuración de la lección y una ejecución nueva.</translation>
    </message>
    <message>
      <source>Your trained run (epoch {epoch}) is not saved. Save it as a session before {action}? Discard loses the run and the quiz answers.</source>
      <translation>Tu ejecución entrenada (época {epoch}) no está guardada. ¿Guardarla como sesión antes de {action}? Descartar pierde la ejecución y las respuestas del cuestionario.</translation>
    </message>
    <message>
      <source>starting a new lesson</source>
      <translation>empezar una lección nueva</translation>
    </message>
    <message>
      <source>Print run report</source>
      <translation>Imprimir informe de la ejecución</translation>
    </message>
    <message>
      <source>Sent the report to {printer}.</source>
      <translation>Informe enviado a {printer}.</translation>
    </message>
    <message>
      <source>Saved the report in {path}.</source>
      <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
      <source>the printer</source>
      <translation>la impresora</translation>
    </message>
    <message>
      <source>Saved the session at epoch {e} to {path}.</source>
      <translation>Sesión guardada en la época {e} en {path}.</translation>
    </message>
    <message>
      <source>Student's name…</source>
      <translation>Nombre del alumno…</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Tu nombre</translation>
    </message>
    <message>
      <source>Your name, as it should be printed on the run report:</source>
      <translation>Tu nombre, tal como debe imprimirse en el informe de la ejecución:</translation>
    </message>
    <message>
      <source>First and last name</source>
      <translation>Nombre y apellidos</translation>
    </message>
    <message>
      <source>The name was not kept: {why}.</source>
      <translation>No se guardó el nombre: {why}.</translation>
    </message>
    <message>
      <source>Activation heatmaps per layer</source>
      <translation>Mapas de calor de activación por capa</translation>
    </message>
    <message>
      <source>Hover a cell to read its value.</source>
      <translation>Pasa el ratón por una celda para leer su valor.</translation>
    </message>
    <message>
      <source>live</source>
      <translation>en vivo</translation>
    </message>
    <message>
      <source>from the past</source>
      <translation>del pasado</translation>
    </message>
    <message>
      <source>Normalized</source>
      <translation>Normalizado</translation>
    </message>
    <message>
      <source>Output p</source>
      <translation>Salida p</translation>
    </message>
    <message>
      <source>Raw input</source>
      <translation>Entrada en bruto</translation>
    </message>
    <message>
      <source>Layer {k}: {d} ✕</source>
      <translation>Capa {k}: {d} ✕</translation>
    </message>
    <message>
      <source>validation row {r} ({c})</source>
      <translation>fila de validación {r} ({c})</translation>
    </message>
    <message>
      <source>output p</source>
      <translation>salida p</translation>
    </message>
    <message>
      <source>(colours scaled within each column)</source>
      <translation>(colores escalados dentro de cada columna)</translation>
    </message>
    <message>
      <source>features</source>
      <translation>variables</translation>
    </message>
    <message>
      <source>layer {k} units</source>
      <translation>unidades de la capa {k}</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b} ({when}) · {n} validation examples, {c0} on top, {c1} below · dead ReLU units (✕): {dead}</source>
      <translation>Época {e}, lote {b} ({when}) · {n} ejemplos de validación, {c0} arriba, {c1} abajo · unidades ReLU muertas (✕): {dead}</translation>
    </message>
    <message>
      <source>feature {name}</source>
      <translation>variable {name}</translation>
    </message>
    <message>
      <source>layer {k}, unit {u}</source>
      <translation>capa {k}, unidad {u}</translation>
    </message>
    <message>
      <source>Gradients per layer</source>
      <translation>Gradientes por capa</translation>
    </message>
    <message>
      <source>‖gradient‖ per layer</source>
      <translation>‖gradiente‖ por capa</translation>
    </message>
    <message>
      <source>‖gradient‖ over the run</source>
      <translation>‖gradiente‖ a lo largo de la ejecución</translation>
    </message>
    <message>
      <source>batch</source>
      <translation>lote</translation>
    </message>
    <message>
      <source>output</source>
      <translation>salida</translation>
    </message>
    <message>
      <source>The run is over. Its last batch (epoch {e}, batch {b}) at the final weights: loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>La ejecución ha terminado. Su último lote (época {e}, lote {b}) con los pesos finales: pérdida {loss:.4f}; ‖gradiente‖: {norms}.</translation>
    </message>
    <message>
      <source>Next batch (epoch {e}, batch {b}): loss {loss:.4f}; ‖gradient‖: {norms}.</source>
      <translation>Siguiente lote (época {e}, lote {b}): pérdida {loss:.4f}; ‖gradiente‖: {norms}.</translation>
    </message>
    <message>
      <source>layer {k}</source>
      <translation>capa {k}</translation>
    </message>
    <message>
      <source>No batch has been trained yet.</source>
      <translation>Todavía no se ha entrenado ningún lote.</translation>
    </message>
    <message>
      <source>dW of {name}</source>
      <translation>dW de {name}</translation>
    </message>
    <message>
      <source>Last update ‖ΔW‖/‖W‖: {r}.</source>
      <translation>Última actualización ‖ΔW‖/‖W‖: {r}.</translation>
    </message>
    <message>
      <source>Step one sample stage</source>
      <translation>Avanzar una etapa con un ejemplo</translation>
    </message>
    <message>
      <source>Back to the live run</source>
      <translation>Volver a la ejecución en vivo</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Activaciones</translation>
    </message>
    <message>
      <source>Prediction trace</source>
      <translation>Traza de predicción</translation>
    </message>
    <message>
      <source>Backward pass</source>
      <translation>Paso hacia atrás</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Pesos</translation>
    </message>
    <message>
      <source>Step sample {i}/{n}, training row {row}:</source>
      <translation>Paso de ejemplo {i}/{n}, fila de entrenamiento {row}:</translation>
    </message>
    <message>
      <source>(The core trained on a different batch than shown.)</source>
      <translation>(El núcleo entrenó con un lote distinto del mostrado.)</translation>
    </message>
    <message>
      <source>loss = {v:.3f}</source>
      <translation>pérdida = {v:.3f}</translation>
    </message>
    <message>
      <source>Click a unit to see how it computes its value.</source>
      <translation>Haz clic en una unidad para ver cómo calcula su valor.</translation>
    </message>
    <message>
      <source>Output unit</source>
      <translation>Unidad de salida</translation>
    </message>
    <message>
      <source>unit {u} of layer {k}</source>
      <translation>unidad {u} de la capa {k}</translation>
    </message>
    <message>
      <source>{where} on validation row {row} ({act})</source>
      <translation>{where} en la fila de validación {row} ({act})</translation>
    </message>
    <message>
      <source>Layer {k}, unit {u}</source>
      <translation>Capa {k}, unidad {u}</translation>
    </message>
    <message>
      <source>bias b</source>
      <translation>sesgo b</translation>
    </message>
    <message>
      <source>the other {n} terms</source>
      <translation>los otros {n} términos</translation>
    </message>
    <message>
      <source>validation row </source>
      <translation>fila de validación </translation>
    </message>
    <message>
      <source>◀ Previous</source>
      <translation>◀ Anterior</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>Siguiente ▶</translation>
    </message>
    <message>
      <source>First Hidden Layer</source>
      <translation>Primera capa oculta</translation>
    </message>
    <message>
      <source>Second Hidden Layer</source>
      <translation>Segunda capa oculta</translation>
    </message>
    <message>
      <source>Input (normalized)</source>
      <translation>Entrada (normalizada)</translation>
    </message>
    <message>
      <source>p, the probability of class 1 (dashed: 0.5)</source>
      <translation>p, la probabilidad de la clase 1 (discontinua: 0,5)</translation>
    </message>
    <message>
      <source>Output Layer</source>
      <translation>Capa de salida</translation>
    </message>
    <message>
      <source>right</source>
      <translation>acierto</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>fallo</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}: p = {p:.3f} → predicted {pred}; true {true} ({mark})</source>
      <translation>Época {e}, lote {b}: p = {p:.3f} → predicho {pred}; real {true} ({mark})</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>unidad</translation>
    </message>
    <message>
      <source>feature</source>
      <translation>variable</translation>
    </message>
    <message>
      <source>Hidden Layer {k}</source>
      <translation>Capa oculta {k}</translation>
    </message>
    <message>
      <source>Moment of the run</source>
      <translation>Momento de la ejecución</translation>
    </message>
    <message>
      <source>Drag, or click a point, to see the run after any batch</source>
      <translation>Arrastra o haz clic en un punto para ver la ejecución después de cualquier lote</translation>
    </message>
    <message>
      <source>Back to live</source>
      <translation>Volver a en vivo</translation>
    </message>
    <message>
      <source>past</source>
      <translation>pasado</translation>
    </message>
    <message>
      <source>Time:</source>
      <translation>Tiempo:</translation>
    </message>
    <message>
      <source>epoch {e}, batch {b} (step {s}, {when}) · {k} kept</source>
      <translation>época {e}, lote {b} (paso {s}, {when}) · {k} guardados</translation>
    </message>
    <message>
      <source>Weights, their change and biases</source>
      <translation>Pesos, su cambio y sesgos</translation>
    </message>
    <message>
      <source>the last batch</source>
      <translation>el último lote</translation>
    </message>
    <message>
      <source>the last {n} batches</source>
      <translation>los últimos {n} lotes</translation>
    </message>
    <message>
      <source>ΔW since the step before</source>
      <translation>ΔW desde el paso anterior</translation>
    </message>
    <message>
      <source>Epoch {e}, batch {b}. Top: weights (rows: inputs, columns: units; blue negative, red positive). Middle: change over {span}. Bottom: biases.</source>
      <translation>Época {e}, lote {b}. Arriba: pesos (filas: entradas, columnas: unidades; azul negativo, rojo positivo). En medio: cambio durante {span}. Abajo: sesgos.</translation>
    </message>
    <message>
      <source>{what} of layer {k}: input {i} → unit {u} = {v:.4g}</source>
      <translation>{what} de la capa {k}: entrada {i} → unidad {u} = {v:.4g}</translation>
    </message>
    <message>
      <source>W of {name}</source>
      <translation>W de {name}</translation>
    </message>
    <message>
      <source>b of {name}</source>
      <translation>b de {name}</translation>
    </message>
    <message>
      <source>the dots are the data's rows</source>
      <translation>los puntos son las filas de los datos</translation>
    </message>
    <message>
      <source>the dots are real people</source>
      <translation>los puntos son personas reales</translation>
    </message>
    <message>
      <source>Colour: the network's probability of class 1 at each point; the black line is where it is exactly 0.5, its decision boundary.</source>
      <translation>Color: la probabilidad que da la red a la clase 1 en cada punto; la línea negra está donde vale exactamente 0,5: su frontera de decisión.</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Frontera de decisión</translation>
    </message>
    <message>
      <source>the dots are rows of the data ({description})</source>
      <translation>los puntos son filas de los datos ({description})</translation>
    </message>
    <message>
      <source>class 0</source>
      <translation>clase 0</translation>
    </message>
    <message>
      <source>class 1</source>
      <translation>clase 1</translation>
    </message>
    <message>
      <source>Horizontal:</source>
      <translation>Horizontal:</translation>
    </message>
    <message>
      <source>Vertical:</source>
      <translation>Vertical:</translation>
    </message>
    <message>
      <source>Before training</source>
      <translation>Antes de entrenar</translation>
    </message>
    <message>
      <source>P(class 1)</source>
      <translation>P(clase 1)</translation>
    </message>
    <message>
      <source>Every other feature is held at its median over the training rows; {dots}, whose other features vary.</source>
      <translation>Cada una de las demás variables se fija en su mediana sobre las filas de entrenamiento; {dots}, cuyas otras variables varían.</translation>
    </message>
    <message>
      <source>After epoch {e} of {n}</source>
      <translation>Después de la época {e} de {n}</translation>
    </message>
    <message>
      <source>Compare depths</source>
      <translation>Comparar profundidades</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>seeds: </source>
      <translation>semillas: </translation>
    </message>
    <message>
      <source>Press “Compare depths” to train the networks.</source>
      <translation>Pulsa «Comparar profundidades» para entrenar las redes.</translation>
    </message>
    <message>
      <source>Median over the seeds of the first epoch whose validation accuracy reached 90% of that run's own best.</source>
      <translation>Mediana sobre las semillas de la primera época en la que la exactitud de validación alcanzó el 90 % del mejor valor de esa ejecución.</translation>
    </message>
    <message>
      <source>What each network answers over the plane (first seed): ● class 0, ▼ class 1; colour is the probability of class 1, the black line its 0.5 boundary.</source>
      <translation>Lo que responde cada red sobre el plano (primera semilla): ● clase 0, ▼ clase 1; el color es la probabilidad de la clase 1 y la línea negra su frontera de 0,5.</translation>
    </message>
    <message>
      <source>Training the networks…</source>
      <translation>Entrenando las redes…</translation>
    </message>
    <message>
      <source>How many seeds each network is trained on (its own data split </source>
      <translation>Con cuántas semillas se entrena cada red (su propia división de datos </translation>
    </message>
    <message>
      <source>and starting weights per seed).</source>
      <translation>y pesos iniciales por semilla).</translation>
    </message>
    <message>
      <source>Stopped before the end; press again.</source>
      <translation>Se detuvo antes del final; pulsa de nuevo.</translation>
    </message>
    <message>
      <source>Trains on “{data}”, each seed with its own split and starting weights: {names}. No hidden layer is fitted to convergence with Newton's method.</source>
      <translation>Entrena con «{data}», cada semilla con su propia división y pesos iniciales: {names}. Sin capa oculta, el ajuste se hace hasta la convergencia con el método de Newton.</translation>
    </message>
    <message>
      <source>Each score is a logistic regression fitted to convergence on the training rows' values at that layer, counted on the validation rows.</source>
      <translation>Cada puntuación es una regresión logística ajustada hasta la convergencia con los valores de las filas de entrenamiento en esa capa y contada en las filas de validación.</translation>
    </message>
    <message>
      <source>r is how closely a unit's activation follows the label on the validation rows (−1 to +1); the weights say what the unit is built from.</source>
      <translation>r indica cuánto sigue la activación de una unidad a la etiqueta en las filas de validación (−1 a +1); los pesos dicen de qué está hecha la unidad.</translation>
    </message>
    <message>
      <source>Train the network to see how its layers separate the classes.</source>
      <translation>Entrena la red para ver cómo sus capas separan las clases.</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Columnas</translation>
    </message>
    <message>
      <source>Validation rows right</source>
      <translation>Filas de validación acertadas</translation>
    </message>
    <message>
      <source>the network's own answer</source>
      <translation>la propia respuesta de la red</translation>
    </message>
    <message>
      <source>raw measurements</source>
      <translation>medidas en bruto</translation>
    </message>
    <message>
      <source>normalized inputs</source>
      <translation>entradas normalizadas</translation>
    </message>
    <message>
      <source>layer {k}'s patterns</source>
      <translation>patrones de la capa {k}</translation>
    </message>
    <message>
      <source>Layer {k} ({w} units): strongest |r| = {r:.2f}</source>
      <translation>Capa {k} ({w} unidades): |r| más fuerte = {r:.2f}</translation>
    </message>
    <message>
      <source>The layers' numbers could not be computed: {why}</source>
      <translation>No se pudieron calcular los valores de las capas: {why}</translation>
    </message>
    <message>
      <source>A straight line through each layer</source>
      <translation>Una línea recta a través de cada capa</translation>
    </message>
    <message>
      <source>Step by step: this run</source>
      <translation>Paso a paso: esta ejecución</translation>
    </message>
    <message>
      <source>Units that follow the label</source>
      <translation>Unidades que siguen a la etiqueta</translation>
    </message>
    <message>
      <source>This network has no hidden layer: it weighs the inputs once and cannot build patterns. Add hidden layers (e.g. 64, 32) to see them form.</source>
      <translation>Esta red no tiene capa oculta: pondera las entradas una sola vez y no puede formar patrones. Añade capas ocultas (p. ej. 64, 32) para verlos formarse.</translation>
    </message>
    <message>
      <source>No epoch has finished: the units still have their random starting weights.</source>
      <translation>Aún no ha terminado ninguna época: las unidades tienen todavía sus pesos iniciales aleatorios.</translation>
    </message>
    <message>
      <source>No epoch has finished yet.</source>
      <translation>Aún no ha terminado ninguna época.</translation>
    </message>
    <message>
      <source>Shallow against deep</source>
      <translation>Poco profunda frente a profunda</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Saltar</translation>
    </message>
    <message>
      <source>Go on without doing this step</source>
      <translation>Seguir sin hacer este paso</translation>
    </message>
    <message>
      <source>◀ &amp;Back</source>
      <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
      <source>End lesson</source>
      <translation>Terminar la lección</translation>
    </message>
    <message>
      <source>Close the lesson; your run stays as it is</source>
      <translation>Cerrar la lección; tu ejecución queda como está</translation>
    </message>
    <message>
      <source>Step {i}: look here</source>
      <translation>Paso {i}: mira aquí</translation>
    </message>
    <message>
      <source>Open this box</source>
      <translation>Abrir esta caja</translation>
    </message>
    <message>
      <source>Step one sample</source>
      <translation>Avanzar un ejemplo</translation>
    </message>
    <message>
      <source>Step one epoch</source>
      <translation>Avanzar una época</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Reproducir</translation>
    </message>
    <message>
      <source>Show this tab</source>
      <translation>Mostrar esta pestaña</translation>
    </message>
    <message>
      <source>Take the quiz</source>
      <translation>Hacer el cuestionario</translation>
    </message>
    <message>
      <source>Step {i} of {n}</source>
      <translation>Paso {i} de {n}</translation>
    </message>
    <message>
      <source>Done: {hint}</source>
      <translation>Hecho: {hint}</translation>
    </message>
    <message>
      <source>Next: {hint}</source>
      <translation>Siguiente: {hint}</translation>
    </message>
    <message>
      <source>Key insight with this run's evidence</source>
      <translation>Idea clave con las pruebas de esta ejecución</translation>
    </message>
    <message>
      <source>Compare depths (train shallow and deep)</source>
      <translation>Comparar profundidades (entrenar poco profunda y profunda)</translation>
    </message>
    <message>
      <source>Key insight</source>
      <translation>Idea clave</translation>
    </message>
    <message>
      <source>About your run</source>
      <translation>Sobre tu ejecución</translation>
    </message>
    <message>
      <source>Keys: 1–4 or A–D to answer, Enter to go on</source>
      <translation>Teclas: 1–4 o A–D para responder, Intro para seguir</translation>
    </message>
    <message>
      <source>Stage: data</source>
      <translation>Etapa: datos</translation>
    </message>
    <message>
      <source>Stage: normalization</source>
      <translation>Etapa: normalización</translation>
    </message>
    <message>
      <source>Stage: hidden layers</source>
      <translation>Etapa: capas ocultas</translation>
    </message>
    <message>
      <source>Stage: output and sigmoid</source>
      <translation>Etapa: salida y sigmoide</translation>
    </message>
    <message>
      <source>Stage: loss and training</source>
      <translation>Etapa: pérdida y entrenamiento</translation>
    </message>
    <message>
      <source>Stage: depth</source>
      <translation>Etapa: profundidad</translation>
    </message>
    <message>
      <source>✓ Correct!</source>
      <translation>✓ ¡Correcto!</translation>
    </message>
    <message>
      <source>✗ Not quite.</source>
      <translation>✗ No del todo.</translation>
    </message>
    <message>
      <source>See my score</source>
      <translation>Ver mi puntuación</translation>
    </message>
    <message>
      <source>Next question</source>
      <translation>Siguiente pregunta</translation>
    </message>
    <message>
      <source>LayerLab quiz: {0}</source>
      <translation>Cuestionario de LayerLab: {0}</translation>
    </message>
    <message>
      <source>Question {0} of {1}</source>
      <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
      <source>your answer: right</source>
      <translation>tu respuesta: correcta</translation>
    </message>
    <message>
      <source>right answer</source>
      <translation>respuesta correcta</translation>
    </message>
    <message>
      <source>You chose {0}: {1}

The right answer is {2}: “{3}”. {4}</source>
      <translation>Elegiste {0}: {1}

La respuesta correcta es {2}: «{3}». {4}</translation>
    </message>
    <message>
      <source>your answer: wrong</source>
      <translation>tu respuesta: incorrecta</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>This question bank has no questions for the data in use: its questions are marked for other data sets (their "datasets" key).</source>
      <translation>Este banco de preguntas no tiene preguntas para los datos en uso: sus preguntas están marcadas para otros conjuntos de datos (su clave "datasets").</translation>
    </message>
    <message>
      <source>No questions for this data</source>
      <translation>No hay preguntas para estos datos</translation>
    </message>
    <message>
      <source>Excellent: every answer right!</source>
      <translation>¡Excelente: todas las respuestas correctas!</translation>
    </message>
    <message>
      <source>Retake: {0} new questions</source>
      <translation>Repetir: {0} preguntas nuevas</translation>
    </message>
    <message>
      <source>Retake: all {0} questions</source>
      <translation>Repetir: las {0} preguntas</translation>
    </message>
    <message>
      <source>You scored {0} out of {1}</source>
      <translation>Has acertado {0} de {1}</translation>
    </message>
    <message>
      <source>Good work. Read why below for the ones you missed.</source>
      <translation>Buen trabajo. Lee abajo la explicación de las que fallaste.</translation>
    </message>
    <message>
      <source>Read the right answers below, then try a new set of questions.</source>
      <translation>Lee abajo las respuestas correctas y luego prueba con otras preguntas.</translation>
    </message>
    <message>
      <source>Your answer: {0}</source>
      <translation>Tu respuesta: {0}</translation>
    </message>
    <message>
      <source>Right answer: {0}</source>
      <translation>Respuesta correcta: {0}</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Learn</source>
      <translation>&amp;Aprender</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Projector mode</source>
      <translation>Modo proyector</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>(not available now)</source>
      <translation>(no disponible ahora)</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Ejecutar</translation>
    </message>
    <message>
      <source>Step epoch</source>
      <translation>Paso de época</translation>
    </message>
    <message>
      <source>Step batch</source>
      <translation>Paso de lote</translation>
    </message>
    <message>
      <source>Step sample</source>
      <translation>Paso de ejemplo</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Reiniciar</translation>
    </message>
    <message>
      <source>Setup ▸</source>
      <translation>Configuración ▸</translation>
    </message>
    <message>
      <source>Network and data</source>
      <translation>Red y datos</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Conjunto de datos</translation>
    </message>
    <message>
      <source>Hidden layers</source>
      <translation>Capas ocultas</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>Activación</translation>
    </message>
    <message>
      <source>Epochs</source>
      <translation>Épocas</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Tamaño de lote</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Optimizador</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Semilla</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <source>From slow motion to as fast as possible</source>
      <translation>De cámara lenta a lo más rápido posible</translation>
    </message>
    <message>
      <source>Training speed</source>
      <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
      <source>Setup ◂</source>
      <translation>Configuración ◂</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>Pipeline diagram</source>
      <translation>Diagrama de la cadena</translation>
    </message>
    <message>
      <source>{title}: click for details</source>
      <translation>{title}: haz clic para ver detalles</translation>
    </message>
    <message>
      <source>Layer {k}</source>
      <translation>Capa {k}</translation>
    </message>
    <message>
      <source>{n:,} weights and biases</source>
      <translation>{n:,} pesos y sesgos</translation>
    </message>
    <message>
      <source>Normal size (1×)</source>
      <translation>Tamaño normal (1×)</translation>
    </message>
    <message>
      <source>Projector, large (1.5×)</source>
      <translation>Proyector, grande (1,5×)</translation>
    </message>
    <message>
      <source>Projector, extra large (2×)</source>
      <translation>Proyector, muy grande (2×)</translation>
    </message>
    <message>
      <source>Double-click a validation row (V) to follow it in Prediction trace</source>
      <translation>Haz doble clic en una fila de validación (V) para seguirla en la traza de predicción</translation>
    </message>
    <message>
      <source>Raw data</source>
      <translation>Datos en bruto</translation>
    </message>
    <message>
      <source>Normalized (0–1)</source>
      <translation>Normalizados (0–1)</translation>
    </message>
    <message>
      <source>Feature ranges</source>
      <translation>Rangos de las variables</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Unidades</translation>
    </message>
    <message>
      <source>Inputs per unit</source>
      <translation>Entradas por unidad</translation>
    </message>
    <message>
      <source>Formula</source>
      <translation>Fórmula</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <source>Stage: {title}</source>
      <translation>Etapa: {title}</translation>
    </message>
    <message>
      <source>raw minimum</source>
      <translation>mínimo en bruto</translation>
    </message>
    <message>
      <source>raw maximum</source>
      <translation>máximo en bruto</translation>
    </message>
    <message>
      <source>Weights now</source>
      <translation>Pesos ahora</translation>
    </message>
    <message>
      <source>{w:,} weights + {b} biases = {n:,}</source>
      <translation>{w:,} pesos + {b} sesgos = {n:,}</translation>
    </message>
    <message>
      <source>mean |w| {mean:.3f}, largest |w| {big:.3f}, bias from {lo:.3f} to {hi:.3f} (after {steps} updates)</source>
      <translation>|w| medio {mean:.3f}, |w| mayor {big:.3f}, sesgo de {lo:.3f} a {hi:.3f} (tras {steps} actualizaciones)</translation>
    </message>
    <message>
      <source>Training trace, one row per epoch</source>
      <translation>Registro del entrenamiento, una fila por época</translation>
    </message>
    <message>
      <source>Loss and accuracy curves</source>
      <translation>Curvas de pérdida y exactitud</translation>
    </message>
    <message>
      <source>Loss ↓</source>
      <translation>Pérdida ↓</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>pérdida</translation>
    </message>
    <message>
      <source>Accuracy ↑</source>
      <translation>Exactitud ↑</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>exactitud</translation>
    </message>
    <message>
      <source>training</source>
      <translation>entrenamiento</translation>
    </message>
    <message>
      <source>validation</source>
      <translation>validación</translation>
    </message>
    <message>
      <source>epoch</source>
      <translation>época</translation>
    </message>
    <message>
      <source>loss per batch</source>
      <translation>pérdida por lote</translation>
    </message>
    <message>
      <source>LayerLab training curves</source>
      <translation>Curvas de entrenamiento de LayerLab</translation>
    </message>
    <message>
      <source>LayerLab — why deep networks learn complex patterns</source>
      <translation>LayerLab: por qué las redes profundas aprenden patrones complejos</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Entrenamiento</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>ready</source>
      <translation>lista</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <source>After the rollback: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Tras la restauración: {acc:.0%} de las filas de validación acertadas; {chance}</translation>
    </message>
    <message>
      <source>Now: {acc:.0%} of validation rows right; {chance}</source>
      <translation>Ahora: {acc:.0%} de las filas de validación acertadas; {chance}</translation>
    </message>
    <message>
      <source>Epoch {e}/{n}</source>
      <translation>Época {e}/{n}</translation>
    </message>
    <message>
      <source>batch {b}/{bn}</source>
      <translation>lote {b}/{bn}</translation>
    </message>
    <message>
      <source>{t:.1f} s</source>
      <translation>{t:.1f} s</translation>
    </message>
    <message>
      <source>To beat: {chance}</source>
      <translation>A superar: {chance}</translation>
    </message>
    <message>
      <source>Now: {text}</source>
      <translation>Ahora: {text}</translation>
    </message>
    <message>
      <source>{r:,.0f} examples/s</source>
      <translation>{r:,.0f} ejemplos/s</translation>
    </message>
    <message>
      <source>Moving around</source>
      <translation>Moverse</translation>
    </message>
    <message>
      <source>Go to the next / previous control</source>
      <translation>Ir al control siguiente / anterior</translation>
    </message>
    <message>
      <source>Press the focused button, open a stage box</source>
      <translation>Pulsar el botón con el foco, abrir una caja de etapa</translation>
    </message>
    <message>
      <source>In the pipeline diagram: go to the next box</source>
      <translation>En el diagrama de la cadena: ir a la caja siguiente</translation>
    </message>
    <message>
      <source>In a list, field or slider: change the value</source>
      <translation>En una lista, campo o deslizador: cambiar el valor</translation>
    </message>
    <message>
      <source>In the guided lesson: back / next</source>
      <translation>En la lección guiada: atrás / siguiente</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Cuestionario</translation>
    </message>
    <message>
      <source>Choose an answer</source>
      <translation>Elegir una respuesta</translation>
    </message>
    <message>
      <source>Go on to the next question</source>
      <translation>Pasar a la siguiente pregunta</translation>
    </message>
    <message>
      <source>Close the quiz</source>
      <translation>Cerrar el cuestionario</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Qué hace</translation>
    </message>
    <message>
      <source>Play / pause</source>
      <translation>Reproducir / pausa</translation>
    </message>
    <message>
      <source>Step one batch</source>
      <translation>Avanzar un lote</translation>
    </message>
    <message>
      <source>New lesson</source>
      <translation>Lección nueva</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Restore defaults</source>
      <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
      <source>Take the quiz…</source>
      <translation>Hacer el cuestionario…</translation>
    </message>
    <message>
      <source>About LayerLab</source>
      <translation>Acerca de LayerLab</translation>
    </message>
    <message>
      <source>LayerLab shows, step by step, why a network with hidden layers learns patterns that a single layer cannot. Everything on screen is computed live.</source>
      <translation>LayerLab muestra, paso a paso, por qué una red con capas ocultas aprende patrones que una sola capa no puede aprender. Todo lo que aparece en pantalla se calcula en vivo.</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy just above random</source>
      <translation>El modelo empieza a aprender, exactitud apenas por encima del azar</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy not yet above random</source>
      <translation>El modelo empieza a aprender, exactitud aún no por encima del azar</translation>
    </message>
    <message>
      <source>Model starts learning, accuracy already clearly above random</source>
      <translation>El modelo empieza a aprender, exactitud ya claramente por encima del azar</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy not above random</source>
      <translation>El modelo ha aprendido poco hasta ahora, exactitud no por encima del azar</translation>
    </message>
    <message>
      <source>Model has learned little so far, accuracy just above random</source>
      <translation>El modelo ha aprendido poco hasta ahora, exactitud apenas por encima del azar</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy improves</source>
      <translation>El modelo aprende patrones básicos, la exactitud mejora</translation>
    </message>
    <message>
      <source>Model learns basic patterns, accuracy did not improve this epoch</source>
      <translation>El modelo aprende patrones básicos, la exactitud no mejoró en esta época</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy high</source>
      <translation>El modelo capta patrones complejos, exactitud alta</translation>
    </message>
    <message>
      <source>Model captures complex patterns, accuracy not high this epoch</source>
      <translation>El modelo capta patrones complejos, exactitud no alta en esta época</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy stabilizes</source>
      <translation>El modelo afina detalles, la exactitud se estabiliza</translation>
    </message>
    <message>
      <source>Model fine-tunes details, accuracy still moving</source>
      <translation>El modelo afina detalles, la exactitud aún se mueve</translation>
    </message>
    <message>
      <source>Model converges, loss low and accuracy high</source>
      <translation>El modelo converge, pérdida baja y exactitud alta</translation>
    </message>
    <message>
      <source>Model has settled, but the loss rose this epoch</source>
      <translation>El modelo se ha asentado, pero la pérdida subió en esta época</translation>
    </message>
    <message>
      <source>Model has settled, but the loss is still above its best</source>
      <translation>El modelo se ha asentado, pero la pérdida sigue por encima de su mejor valor</translation>
    </message>
    <message>
      <source>Model has settled, but accuracy is not high this epoch</source>
      <translation>El modelo se ha asentado, pero la exactitud no es alta en esta época</translation>
    </message>
    <message>
      <source>Model has settled, accuracy high but loss not yet low</source>
      <translation>El modelo se ha asentado, exactitud alta pero la pérdida aún no es baja</translation>
    </message>
    <message>
      <source>Training stopped; the numbers are those of the rolled-back weights</source>
      <translation>Entrenamiento detenido; los valores son los de los pesos restaurados</translation>
    </message>
    <message>
      <source>Loss bump: the loss rose more than 5% this epoch</source>
      <translation>Subida de la pérdida: la pérdida subió más de un 5 % en esta época</translation>
    </message>
    <message>
      <source>Loss more than 5% above its best for 2+ epochs: try a lower learning rate</source>
      <translation>Pérdida más de un 5 % por encima de su mejor valor durante 2+ épocas: prueba una tasa de aprendizaje menor</translation>
    </message>
    <message>
      <source>Overfitting: validation loss 5%+ above its best for 3+ epochs</source>
      <translation>Sobreajuste: pérdida de validación un 5 %+ por encima de su mejor valor durante 3+ épocas</translation>
    </message>
    <message>
      <source>Plateau: the loss moved less than 1% in 3 epochs, accuracy not high</source>
      <translation>Meseta: la pérdida se movió menos de un 1 % en 3 épocas, exactitud no alta</translation>
    </message>
    <message>
      <source>Training diverged: the loss blew up instead of falling</source>
      <translation>El entrenamiento divergió: la pérdida se disparó en lugar de bajar</translation>
    </message>
    <message>
      <source>The training loss is more than 5% higher than in the epoch before. One bump is normal with mini-batches; it matters only if it lasts.</source>
      <translation>La pérdida de entrenamiento es más de un 5 % mayor que en la época anterior. Una subida aislada es normal con minilotes; solo importa si se mantiene.</translation>
    </message>
    <message>
      <source>The training loss has been more than 5% above its best earlier value for at least 2 epochs in a row: the steps overshoot. Try a lower learning rate.</source>
      <translation>La pérdida de entrenamiento lleva al menos 2 épocas seguidas más de un 5 % por encima de su mejor valor anterior: los pasos se pasan de largo. Prueba una tasa de aprendizaje menor.</translation>
    </message>
    <message>
      <source>The validation loss has been at least 5% above its best for at least 3 epochs in a row, while the training loss is lower than when validation was at its best: the network is learning its training rows by heart.</source>
      <translation>La pérdida de validación lleva al menos 3 épocas seguidas al menos un 5 % por encima de su mejor valor, mientras que la pérdida de entrenamiento es menor que cuando la validación estaba en su mejor momento: la red se está aprendiendo de memoria sus filas de entrenamiento.</translation>
    </message>
    <message>
      <source>The training loss moved by less than 1% over the last 3 epochs while validation accuracy is not yet high: learning is stuck (a bigger network or other settings may help).</source>
      <translation>La pérdida de entrenamiento se movió menos de un 1 % en las últimas 3 épocas mientras la exactitud de validación aún no es alta: el aprendizaje está atascado (una red más grande u otros ajustes pueden ayudar).</translation>
    </message>
    <message>
      <source>The loss became infinite, not a number, or exploded. Training stopped and the weights were rolled back to the last good epoch; this row shows their numbers. Try a learning rate at least 10 times smaller.</source>
      <translation>La pérdida se hizo infinita, dejó de ser un número o se disparó. El entrenamiento se detuvo y los pesos se restauraron a la última época buena; esta fila muestra sus valores. Prueba una tasa de aprendizaje al menos 10 veces menor.</translation>
    </message>
    <message>
      <source>Deep learning handles complex patterns by passing data through multiple layers that build up from simple to complex features. This layered learning allows the model to improve predictions step by step, as seen by decreasing loss and increasing accuracy during training.</source>
      <translation>El aprendizaje profundo maneja patrones complejos haciendo pasar los datos por varias capas que construyen desde características sencillas hasta complejas. Este aprendizaje por capas permite al modelo mejorar sus predicciones paso a paso, como muestran la pérdida que baja y la exactitud que sube durante el entrenamiento.</translation>
    </message>
    <message>
      <source>finished</source>
      <translation>terminada</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>divergente</translation>
    </message>
    <message>
      <source>▲ loss bump</source>
      <translation>▲ subida de la pérdida</translation>
    </message>
    <message>
      <source>⚠ learning rate too high</source>
      <translation>⚠ tasa de aprendizaje demasiado alta</translation>
    </message>
    <message>
      <source>⚠ overfitting</source>
      <translation>⚠ sobreajuste</translation>
    </message>
    <message>
      <source>▬ plateau</source>
      <translation>▬ meseta</translation>
    </message>
    <message>
      <source>✖ diverged</source>
      <translation>✖ divergió</translation>
    </message>
    <message>
      <source>Phase: {phase} ({n} of {total}). Phases only move forward. Here “accuracy” is validation accuracy and “loss” is training loss.</source>
      <translation>Fase: {phase} ({n} de {total}). Las fases solo avanzan. Aquí «exactitud» es la exactitud de validación y «pérdida» es la pérdida de entrenamiento.</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Época</translation>
    </message>
    <message>
      <source>Val. loss ↓</source>
      <translation>Pérdida val. ↓</translation>
    </message>
    <message>
      <source>Val. accuracy ↑</source>
      <translation>Exactitud val. ↑</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>Observation</source>
      <translation>Observación</translation>
    </message>
    <message>
      <source>Lecture: one example, one stage every 2 seconds</source>
      <translation>Clase magistral: un ejemplo, una etapa cada 2 segundos</translation>
    </message>
    <message>
      <source>Slow motion: 1 batch per second</source>
      <translation>Cámara lenta: 1 lote por segundo</translation>
    </message>
    <message>
      <source>5 batches per second</source>
      <translation>5 lotes por segundo</translation>
    </message>
    <message>
      <source>1 epoch per second</source>
      <translation>1 época por segundo</translation>
    </message>
    <message>
      <source>2 epochs per second</source>
      <translation>2 épocas por segundo</translation>
    </message>
    <message>
      <source>Classroom pace: 5 epochs per second</source>
      <translation>Ritmo de clase: 5 épocas por segundo</translation>
    </message>
    <message>
      <source>10 epochs per second</source>
      <translation>10 épocas por segundo</translation>
    </message>
    <message>
      <source>As fast as possible</source>
      <translation>Lo más rápido posible</translation>
    </message>
    <message>
      <source>Data Input</source>
      <translation>Entrada de datos</translation>
    </message>
    <message>
      <source>Raw data collected with 20 features per example</source>
      <translation>Datos en bruto recogidos con 20 variables por ejemplo</translation>
    </message>
    <message>
      <source>Normalization</source>
      <translation>Normalización</translation>
    </message>
    <message>
      <source>Scale features to range 0-1 for better learning</source>
      <translation>Escalar las variables al rango 0–1 para aprender mejor</translation>
    </message>
    <message>
      <source>Final layer predicts the class or value</source>
      <translation>La capa final predice la clase o el valor</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 1)</source>
      <translation>Extracción de características (capa 1)</translation>
    </message>
    <message>
      <source>First neural network layer extracts simple patterns</source>
      <translation>La primera capa de la red neuronal extrae patrones sencillos</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 2)</source>
      <translation>Extracción de características (capa 2)</translation>
    </message>
    <message>
      <source>Second layer combines simple patterns into complex ones</source>
      <translation>La segunda capa combina patrones sencillos en otros complejos</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 3)</source>
      <translation>Extracción de características (capa 3)</translation>
    </message>
    <message>
      <source>Layer 3 combines the patterns of layer 2 further</source>
      <translation>La capa 3 sigue combinando los patrones de la capa 2</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 4)</source>
      <translation>Extracción de características (capa 4)</translation>
    </message>
    <message>
      <source>Layer 4 combines the patterns of layer 3 further</source>
      <translation>La capa 4 sigue combinando los patrones de la capa 3</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 5)</source>
      <translation>Extracción de características (capa 5)</translation>
    </message>
    <message>
      <source>Layer 5 combines the patterns of layer 4 further</source>
      <translation>La capa 5 sigue combinando los patrones de la capa 4</translation>
    </message>
    <message>
      <source>Feature Extraction (Layer 6)</source>
      <translation>Extracción de características (capa 6)</translation>
    </message>
    <message>
      <source>Layer 6 combines the patterns of layer 5 further</source>
      <translation>La capa 6 sigue combinando los patrones de la capa 5</translation>
    </message>
    <message>
      <source>Start or pause training (Space)</source>
      <translation>Iniciar o pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
      <source>Train exactly one more epoch, then pause (Right arrow)</source>
      <translation>Entrenar exactamente una época más y pausar (flecha derecha)</translation>
    </message>
    <message>
      <source>Make one mini-batch update, then pause (Shift+Right)</source>
      <translation>Hacer una actualización de minilote y pausar (Mayús+Derecha)</translation>
    </message>
    <message>
      <source>Walk one example of the next mini-batch through the network, one stage per press; the last stage makes the batch's update (Ctrl+Right)</source>
      <translation>Pasar un ejemplo del siguiente minilote por la red, una etapa por pulsación; la última etapa hace la actualización del lote (Ctrl+Derecha)</translation>
    </message>
    <message>
      <source>Start again with fresh random weights from the same seed (Ctrl+R)</source>
      <translation>Empezar de nuevo con pesos aleatorios nuevos de la misma semilla (Ctrl+R)</translation>
    </message>
    <message>
      <source>Test your understanding with a few questions (Ctrl+T)</source>
      <translation>Pon a prueba lo que has entendido con unas preguntas (Ctrl+T)</translation>
    </message>
    <message>
      <source>Show or hide the network, data and speed settings</source>
      <translation>Mostrar u ocultar los ajustes de red, datos y velocidad</translation>
    </message>
    <message>
      <source>Which data to learn from; athletes is the lesson's data</source>
      <translation>De qué datos aprender; athletes son los datos de la lección</translation>
    </message>
    <message>
      <source>How many passes over the training rows</source>
      <translation>Cuántas pasadas sobre las filas de entrenamiento</translation>
    </message>
    <message>
      <source>Step size of each update; can change while training runs</source>
      <translation>Tamaño del paso de cada actualización; se puede cambiar durante el entrenamiento</translation>
    </message>
    <message>
      <source>Examples per mini-batch update</source>
      <translation>Ejemplos por actualización de minilote</translation>
    </message>
    <message>
      <source>adam adapts each weight's step; sgd uses one step with momentum</source>
      <translation>adam adapta el paso de cada peso; sgd usa un solo paso con momento</translation>
    </message>
    <message>
      <source>Hidden layer sizes, e.g. "64, 32"; leave empty for no hidden layer</source>
      <translation>Tamaños de las capas ocultas, p. ej. "64, 32"; déjalo vacío para no tener capa oculta</translation>
    </message>
    <message>
      <source>The function each hidden unit applies to its weighted sum</source>
      <translation>La función que cada unidad oculta aplica a su suma ponderada</translation>
    </message>
    <message>
      <source>Same seed, same data, same starting weights, same run</source>
      <translation>Misma semilla, mismos datos, mismos pesos iniciales, misma ejecución</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Red</translation>
    </message>
    <message>
      <source>Mean val. acc.</source>
      <translation>Exactitud val. media</translation>
    </message>
    <message>
      <source>Min–max</source>
      <translation>Mín.–máx.</translation>
    </message>
    <message>
      <source>Epochs to 90%</source>
      <translation>Épocas hasta el 90 %</translation>
    </message>
    <message>
      <source>Export curves…</source>
      <translation>Exportar curvas…</translation>
    </message>
    <message>
      <source>Export training trace (CSV)…</source>
      <translation>Exportar registro del entrenamiento (CSV)…</translation>
    </message>
    <message>
      <source>Full history (CSV)…</source>
      <translation>Historial completo (CSV)…</translation>
    </message>
    <message>
      <source>Every mini-batch loss (CSV)…</source>
      <translation>Pérdida de cada minilote (CSV)…</translation>
    </message>
    <message>
      <source>Trained weights (.npz)…</source>
      <translation>Pesos entrenados (.npz)…</translation>
    </message>
    <message>
      <source>Trained weights (JSON)…</source>
      <translation>Pesos entrenados (JSON)…</translation>
    </message>
    <message>
      <source>Pipeline diagram (PNG)…</source>
      <translation>Diagrama de la cadena (PNG)…</translation>
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
