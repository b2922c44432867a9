<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>&amp;Indicator or practice:</source>
        <translation>&amp;Indicador o práctica:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>Q&amp;uién:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Para cuándo:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>For example: train loan officers on the complaints procedure</source>
        <translation>Por ejemplo: capacitar a los asesores de crédito en el procedimiento de reclamos</translation>
    </message>
    <message>
        <source>Person or team responsible</source>
        <translation>Persona o equipo responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Choose an indicator or practice from the list.</source>
        <translation>Elija un indicador o una práctica de la lista.</translation>
    </message>
    <message>
        <source>Describe the action to take.</source>
        <translation>Describa la acción a realizar.</translation>
    </message>
    <message>
        <source>&amp;Note or evidence:</source>
        <translation>&amp;Nota o prueba:</translation>
    </message>
    <message>
        <source>&amp;Reason for dropping:</source>
        <translation>&amp;Motivo del abandono:</translation>
    </message>
    <message>
        <source>What was done, where the evidence of completion is, what was found</source>
        <translation>Qué se hizo, dónde está la prueba de su realización, qué se constató</translation>
    </message>
    <message>
        <source>Needed to drop the action: why it is dropped</source>
        <translation>Necesario para abandonar la acción: por qué se abandona</translation>
    </message>
    <message>
        <source>History of this action:</source>
        <translation>Historial de esta acción:</translation>
    </message>
    <message>
        <source>Write the due date like %1, or leave it empty.</source>
        <translation>Escriba la fecha límite como %1, o déjela vacía.</translation>
    </message>
    <message>
        <source>Leave empty when the action has no due date.</source>
        <translation>Déjela vacía si la acción no tiene fecha límite.</translation>
    </message>
</context>
<context>
    <name>ActionHistoryList</name>
    <message>
        <source>{when} · {author}: {status}</source>
        <translation>{when} · {author}: {status}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Carried over from the previous audit&apos;s plan</source>
        <translation>Retomada del plan de la auditoría anterior</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Añadir a&amp;cción…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Go to indicator</source>
        <translation>&amp;Ir al indicador</translation>
    </message>
    <message>
        <source>This audit is finalized: its action plan is read-only. Reopen the audit to change it.</source>
        <translation>Esta auditoría está finalizada: su plan de acción es de solo lectura. Reabra la auditoría para modificarlo.</translation>
    </message>
    <message>
        <source>No action yet. Add one with “Add action”, or from the lowest-scoring practices on the dashboard.</source>
        <translation>Todavía no hay acciones. Añada una con «Añadir acción» o desde las prácticas con menor puntuación del tablero.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n sin terminar</numerusform>
            <numerusform>%n sin terminar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar la acción</translation>
    </message>
    <message>
        <source>Delete the action “{title}”? This cannot be undone.</source>
        <translation>¿Eliminar la acción «{title}»? No se puede deshacer.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Carried over, to verify</source>
        <translation>Retomadas, por verificar</translation>
    </message>
    <message numerus="yes">
        <source>%n carried over from the previous audit, to verify</source>
        <translation>
            <numerusform>%n retomada de la auditoría anterior, por verificar</numerusform>
            <numerusform>%n retomadas de la auditoría anterior, por verificar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Indicator or practice</source>
        <translation>Indicador o práctica</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencida)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>por verificar</translation>
    </message>
    <message>
        <source>Dropped: {reason}</source>
        <translation>Abandonada: {reason}</translation>
    </message>
</context>
<context>
    <name>ActionTargetBox</name>
    <message>
        <source>Type a code or words to find an indicator or practice</source>
        <translation>Escriba un código o palabras para encontrar un indicador o una práctica</translation>
    </message>
</context>
<context>
    <name>AnswerHistoryList</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation>Archivo adjunto: %1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplica: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Answer cleared</source>
        <translation>Respuesta borrada</translation>
    </message>
    <message>
        <source>Comment edited</source>
        <translation>Comentario modificado</translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation>Comentario eliminado</translation>
    </message>
    <message>
        <source>Flagged for later</source>
        <translation>Marcada para más tarde</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Marca retirada</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Área: %1</translation>
    </message>
    <message>
        <source>Merged from another copy</source>
        <translation>Fusionada desde otra copia</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Progress %1: %2 of %3 questions answered.</source>
        <translation>Avance %1: %2 de %3 preguntas respondidas.</translation>
    </message>
    <message>
        <source>Questions: those that apply to this audit, in its modules and given the answers so far; a question marked not applicable counts as answered.</source>
        <translation>Preguntas: las que se aplican a esta auditoría, en sus módulos y según las respuestas dadas hasta ahora; una pregunta marcada como no aplicable cuenta como respondida.</translation>
    </message>
    <message>
        <source>Scored: %1 of the %2 questions that count in the score are answered.</source>
        <translation>Puntuadas: %1 de las %2 preguntas que cuentan en la puntuación tienen respuesta.</translation>
    </message>
    <message>
        <source>no period yet</source>
        <translation>sin periodo todavía</translation>
    </message>
    <message>
        <source>%1 of %2 scored items answered</source>
        <translation>%1 de %2 elementos puntuados respondidos</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Period assessed</source>
        <translation>Periodo evaluado</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>This is the last question shown.</source>
        <translation>Es la última pregunta mostrada.</translation>
    </message>
    <message>
        <source>This is the first question shown.</source>
        <translation>Es la primera pregunta mostrada.</translation>
    </message>
    <message>
        <source>Every question that applies is answered.</source>
        <translation>Todas las preguntas que aplican tienen respuesta.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>CalculatedValueView</name>
    <message>
        <source>Worked out from other answers; it cannot be typed.</source>
        <translation>Se calcula a partir de las demás respuestas; no se puede escribir.</translation>
    </message>
    <message>
        <source>Calculation: %1</source>
        <translation>Cálculo: %1</translation>
    </message>
    <message>
        <source>Not worked out yet: the answers it needs are missing</source>
        <translation>Aún no calculado: faltan las respuestas de las que depende</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Key: %1</source>
        <translation>Tecla: %1</translation>
    </message>
</context>
<context>
    <name>ConflictSidePanel</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>marcada para revisión</translation>
    </message>
    <message>
        <source>department: %1</source>
        <translation>área: %1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplica: %1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, clave %2</translation>
    </message>
    <message>
        <source>a key not in the trust store</source>
        <translation>una clave que no está en el almacén de confianza</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Mine (this installation)</source>
        <translation>La mía (esta instalación)</translation>
    </message>
    <message>
        <source>Theirs (the other installation)</source>
        <translation>La suya (la otra instalación)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;suya</translation>
    </message>
    <message>
        <source>Or a new answer:</source>
        <translation>O una respuesta nueva:</translation>
    </message>
    <message>
        <source>&amp;Save new answer</source>
        <translation>&amp;Guardar la respuesta nueva</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed differently on two installations.</source>
        <translation>
            <numerusform>%n respuesta se modificó de forma distinta en dos instalaciones.</numerusform>
            <numerusform>%n respuestas se modificaron de forma distinta en dos instalaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation>No quedan conflictos por resolver.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Answers in conflict</source>
        <translation>Respuestas en conflicto</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nueva respuesta</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
    <message>
        <source>Scores by dimension</source>
        <translation>Puntuaciones por dimensión</translation>
    </message>
    <message>
        <source>Lowest-scoring practices</source>
        <translation>Prácticas con menor puntuación</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Aún falta</translation>
    </message>
    <message>
        <source>No practice scores below 100 % so far. Practices appear here as soon as one of their questions is answered.</source>
        <translation>Por ahora ninguna práctica está por debajo del 100&#xa0;%. Las prácticas aparecen aquí en cuanto una de sus preguntas tiene respuesta.</translation>
    </message>
    <message>
        <source>This framework has no scored questions</source>
        <translation>Este marco no tiene preguntas puntuadas</translation>
    </message>
    <message>
        <source>No scored answer yet</source>
        <translation>Todavía no hay respuestas puntuadas</translation>
    </message>
    <message>
        <source>Partial — {percent} answered</source>
        <translation>Parcial — {percent} respondido</translation>
    </message>
    <message>
        <source>Complete — every scored question is answered</source>
        <translation>Completo — todas las preguntas puntuadas tienen respuesta</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>partial · {percent} answered</source>
        <translation>parcial · {percent} respondido</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>Peer group: median {median}, middle half {q1} to {q3}</source>
        <translation>Grupo de pares: mediana {median}, mitad central de {q1} a {q3}</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still need an answer before the audit can be finalized.</source>
        <translation>
            <numerusform>A %n pregunta obligatoria aún le falta respuesta para poder finalizar la auditoría.</numerusform>
            <numerusform>A %n preguntas obligatorias aún les falta respuesta para poder finalizar la auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Todas las preguntas obligatorias tienen respuesta.</translation>
    </message>
    <message>
        <source>{answered} of {questions} questions answered, {scored_answered} of the {scored} that count in the score; not-applicable answers do not count in the score.</source>
        <translation>{answered} de {questions} preguntas respondidas, {scored_answered} de las {scored} que cuentan en la puntuación; las respuestas «no aplica» no cuentan en la puntuación.</translation>
    </message>
</context>
<context>
    <name>DepartmentRow</name>
    <message>
        <source>&amp;Department:</source>
        <translation>Á&amp;rea:</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>An unexpected problem occurred ({kind}). Your saved work is safe; the details are in the log file.</source>
        <translation>Ocurrió un problema inesperado ({kind}). Su trabajo guardado está a salvo; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Añadido por %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Adjuntando %n archivo…</numerusform>
            <numerusform>Adjuntando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Adjuntar archivos de evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar la evidencia</translation>
    </message>
    <message>
        <source>Remove %1 from this question? The file itself stays where it was on your computer.</source>
        <translation>¿Quitar %1 de esta pregunta? El archivo sigue donde estaba en su computadora.</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize the audit</source>
        <translation>Finalizar la auditoría</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Lo que requiere atención</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Go to the first</source>
        <translation>&amp;Ir al primero</translation>
    </message>
    <message>
        <source>&amp;Finalize and lock</source>
        <translation>&amp;Finalizar y bloquear</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The audit cannot be finalized yet</source>
        <translation>La auditoría aún no se puede finalizar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention first. Click one to go to it.</source>
        <translation>
            <numerusform>%n elemento requiere atención primero. Haga clic en él para ir.</numerusform>
            <numerusform>%n elementos requieren atención primero. Haga clic en uno para ir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to finalize</source>
        <translation>Lista para finalizar</translation>
    </message>
    <message>
        <source>Every mandatory question is answered; the overall score is {score}.

Finalizing locks the audit: answers, evidence and the action plan become read-only and a seal is computed over the whole audit and its history. The audit can be reopened later, with a reason that is recorded.</source>
        <translation>Todas las preguntas obligatorias tienen respuesta; la puntuación global es {score}.

Finalizar bloquea la auditoría: las respuestas, las evidencias y el plan de acción pasan a ser de solo lectura y se calcula un sello sobre toda la auditoría y su historial. La auditoría podrá reabrirse más adelante, con un motivo que queda registrado.</translation>
    </message>
    <message>
        <source>The audit is finalized</source>
        <translation>La auditoría está finalizada</translation>
    </message>
    <message>
        <source>Finalized by {author} on {date}. Its seal fingerprint:</source>
        <translation>Finalizada por {author} el {date}. Huella de su sello:</translation>
    </message>
    <message>
        <source>The seal is a SHA-256 fingerprint of the answers, their history, the action plan and the evidence. The content matches it; any later change would break it.</source>
        <translation>El sello es una huella SHA-256 de las respuestas, su historial, el plan de acción y las evidencias. El contenido coincide con él; cualquier cambio posterior lo rompería.</translation>
    </message>
    <message>
        <source>Warning: the content of this audit no longer matches its seal. It was changed outside Jalon after finalization.</source>
        <translation>Atención: el contenido de esta auditoría ya no coincide con su sello. Se modificó fuera de Jalon después de finalizarla.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>What blocks finalization</source>
        <translation>Lo que impide finalizar</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up audit</source>
        <translation>Nueva auditoría de seguimiento</translation>
    </message>
    <message>
        <source>The next audit of %1, following the audit of %2.</source>
        <translation>La próxima auditoría de %1, a continuación de la auditoría del %2.</translation>
    </message>
    <message>
        <source>&amp;Framework version:</source>
        <translation>Versión del &amp;marco:</translation>
    </message>
    <message>
        <source>%1 (as the previous audit)</source>
        <translation>%1 (como la auditoría anterior)</translation>
    </message>
    <message>
        <source>&amp;Start from the previous answers (each to confirm)</source>
        <translation>&amp;Partir de las respuestas anteriores (cada una por confirmar)</translation>
    </message>
    <message>
        <source>Organization Information is carried over: each field shows last time&apos;s value, Ctrl+K confirms it, and the audit cannot be finalized before every one is confirmed or changed. The previous answer, its comment and evidence are shown beside each question; Ctrl+K keeps it. Started from the previous answers, every answer is carried, to confirm, and counts in the score only once confirmed.</source>
        <translation>La información de la institución se traslada: cada campo muestra el valor de la vez anterior, Ctrl+K lo confirma, y la auditoría no puede finalizarse antes de que cada uno esté confirmado o cambiado. La respuesta anterior, su comentario y sus evidencias se muestran junto a cada pregunta; Ctrl+K la conserva. Partiendo de las respuestas anteriores, cada respuesta se traslada por confirmar y solo cuenta en la puntuación una vez confirmada.</translation>
    </message>
</context>
<context>
    <name>FrameworkInstallDialog</name>
    <message>
        <source>Install a framework</source>
        <translation>Instalar un marco de referencia</translation>
    </message>
    <message>
        <source>Choose a framework workbook (.xlsx), for example one your network sent. It is checked first; check its id, version and hash with whoever sent it.</source>
        <translation>Elija un libro de marco de referencia (.xlsx), por ejemplo el que le envió su red. Primero se verifica; compruebe su identificador, su versión y su huella con quien lo envió.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Marco de referencia:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>Framework workbook</source>
        <translation>Libro del marco de referencia</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls)</source>
        <translation>Libros (*.xlsx *.xls)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this workbook cannot be installed.</source>
        <translation>
            <numerusform>%n error: este libro no se puede instalar.</numerusform>
            <numerusform>%n errores: este libro no se puede instalar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>{framework} {version} is already installed.</source>
        <translation>{framework} {version} ya está instalado.</translation>
    </message>
    <message>
        <source>{framework} {version} is installed: new audits can use it.</source>
        <translation>{framework} {version} está instalado: las nuevas auditorías pueden usarlo.</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>columna {column}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Problemas encontrados en el libro</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Shown in %1; the audit is read in %2.</source>
        <translation>Mostrado en %1; la auditoría se lee en %2.</translation>
    </message>
    <message>
        <source>What good practice looks like</source>
        <translation>Cómo es una buena práctica</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translation>Evidencias a buscar</translation>
    </message>
    <message>
        <source>No guidance for this item.</source>
        <translation>No hay orientaciones para este elemento.</translation>
    </message>
    <message>
        <source>In this part</source>
        <translation>En esta parte</translation>
    </message>
    <message>
        <source>Press Enter or double-click it in the tree to open its first question.</source>
        <translation>Pulse Intro o haga doble clic en el árbol para abrir su primera pregunta.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Jalon</source>
        <translation>Acerca &amp;de Jalon</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Elegir una respuesta</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Una letra</translation>
    </message>
    <message>
        <source>Choose the answer it is the key of (in the choice’s tooltip)</source>
        <translation>Elegir la respuesta de la que es la tecla (indicada en la ayuda emergente de la opción)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Save and go to the next question</source>
        <translation>Guardar y pasar a la pregunta siguiente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Jalon %1

Social performance audits, offline.
Data folder: %2</source>
        <translation>Jalon %1

Auditorías de desempeño social, sin conexión.
Carpeta de datos: %2</translation>
    </message>
    <message>
        <source>About Jalon</source>
        <translation>Acerca de Jalon</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <source>Search institution, country, type, status…</source>
        <translation>Buscar institución, país, tipo, estado…</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>Start a new draft audit from this one&apos;s answers, for example for the next year</source>
        <translation>Empezar una nueva auditoría en borrador a partir de las respuestas de esta, por ejemplo para el año siguiente</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Only draft audits can be deleted</source>
        <translation>Solo se pueden eliminar las auditorías en borrador</translation>
    </message>
    <message>
        <source>No audits yet.
Create the first one with “New audit…”.</source>
        <translation>Todavía no hay auditorías.
Cree la primera con «Nueva auditoría…».</translation>
    </message>
    <message>
        <source>Delete the draft audit of %1? Its answers, evidence and action plan will be removed. This cannot be undone.</source>
        <translation>¿Eliminar la auditoría en borrador de %1? Se eliminarán sus respuestas, evidencias y plan de acción. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation>Eliminar la auditoría</translation>
    </message>
    <message>
        <source>Search the audits</source>
        <translation>Buscar en las auditorías</translation>
    </message>
    <message>
        <source>Start the next audit of this institution, from this audit</source>
        <translation>Comenzar la próxima auditoría de esta institución a partir de esta</translation>
    </message>
    <message>
        <source>Institu&amp;tion…</source>
        <translation>Institu&amp;ción…</translation>
    </message>
    <message>
        <source>This institution&apos;s page: its names, audits and timeline</source>
        <translation>La ficha de la institución: sus nombres, auditorías y cronología</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Ins&amp;titución:</translation>
    </message>
    <message numerus="yes">
        <source>All (%n audit(s))</source>
        <translation>
            <numerusform>Todas (%n auditoría)</numerusform>
            <numerusform>Todas (%n auditorías)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n audit(s))</source>
        <translation>
            <numerusform>%1 (%n auditoría)</numerusform>
            <numerusform>%1 (%n auditorías)</numerusform>
        </translation>
    </message>
    <message>
        <source>New follo&amp;w-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Mark this question to come back to it (Ctrl+L)</source>
        <translation>Marcar esta pregunta para volver a ella (Ctrl+L)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>&amp;Comment and evidence notes</source>
        <translation>&amp;Comentario y notas sobre las evidencias</translation>
    </message>
    <message>
        <source>What you saw, who you asked, which documents you checked…</source>
        <translation>Lo que vio, a quién preguntó, qué documentos revisó…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Último cambio por %1 el %2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Todavía sin respuesta</translation>
    </message>
    <message>
        <source>This audit is finalized and read-only. Reopen it to make changes.</source>
        <translation>Esta auditoría está finalizada y es de solo lectura. Reábrala para hacer cambios.</translation>
    </message>
    <message>
        <source>This question does not apply, given the answers to earlier questions or the modules chosen. An answer is kept but not counted.</source>
        <translation>Esta pregunta no aplica, según las respuestas anteriores o los módulos elegidos. Una respuesta se conserva pero no se cuenta.</translation>
    </message>
    <message>
        <source>Fla&amp;g for later</source>
        <translation>&amp;Marcar para más tarde</translation>
    </message>
    <message>
        <source>Clea&amp;r answer</source>
        <translation>&amp;Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>También conocida como:</translation>
    </message>
    <message>
        <source>Legal type:</source>
        <translation>Forma jurídica:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identificadores:</translation>
    </message>
    <message>
        <source>Jalon identifier:</source>
        <translation>Identificador Jalon:</translation>
    </message>
    <message>
        <source>&amp;Audits of this institution</source>
        <translation>&amp;Auditorías de esta institución</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Versión del marco</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>&amp;Open audit</source>
        <translation>&amp;Abrir la auditoría</translation>
    </message>
    <message>
        <source>New &amp;follow-up audit…</source>
        <translation>Nueva auditoría de &amp;seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Confirm these audits are one institution</source>
        <translation>&amp;Confirmar que estas auditorías son de una misma institución</translation>
    </message>
    <message>
        <source>&amp;Merge another record into this one…</source>
        <translation>&amp;Fusionar otra ficha en esta…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>These audits were grouped because their institution is spelled alike. Check that they are one institution, then confirm; if another record is the same institution, merge it into this one.</source>
        <translation>Estas auditorías se agruparon porque el nombre de su institución se escribe igual. Compruebe que se trata de una sola institución y confirme; si otra ficha es la misma institución, fusiónela en esta.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Puntuación global</translation>
    </message>
</context>
<context>
    <name>InstitutionMergeDialog</name>
    <message>
        <source>Merge an institution record</source>
        <translation>Fusionar una ficha de institución</translation>
    </message>
    <message>
        <source>Choose the record that is the same institution as %1. Its audits move to %1, its names are kept as former names, and the merge travels in packages to the other installations. It cannot be undone.</source>
        <translation>Elija la ficha que es la misma institución que %1. Sus auditorías pasan a %1, sus nombres se conservan como nombres anteriores y la fusión viaja en los paquetes a las demás instalaciones. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Search institutions…</source>
        <translation>Buscar instituciones…</translation>
    </message>
    <message>
        <source>Search institutions</source>
        <translation>Buscar instituciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) – %n audit(s)</source>
        <translation>
            <numerusform>%1 (%2) – %n auditoría</numerusform>
            <numerusform>%1 (%2) – %n auditorías</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpToCodeDialog</name>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>e.g. 4.2.1</source>
        <translation>p. ej. 4.2.1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada coincide con «%1».</translation>
    </message>
    <message>
        <source>&amp;Code or words of the question:</source>
        <translation>&amp;Código o palabras de la pregunta:</translation>
    </message>
    <message>
        <source>Matching questions and groups</source>
        <translation>Preguntas y grupos que coinciden</translation>
    </message>
</context>
<context>
    <name>LowestPracticesList</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Plan an action to improve this practice</source>
        <translation>Planificar una acción para mejorar esta práctica</translation>
    </message>
    <message>
        <source>{answered} of {total}</source>
        <translation>{answered} de {total}</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <source>&amp;Audit list</source>
        <translation>&amp;Lista de auditorías</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Preferenci&amp;as…</translation>
    </message>
    <message>
        <source>Prepare for re&amp;moval…</source>
        <translation>Preparar para &amp;retirar la unidad…</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>&amp;Idioma del contenido</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Portfo&amp;lio</source>
        <translation>Car&amp;tera</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Social performance audits</source>
        <translation>Auditorías de desempeño social</translation>
    </message>
    <message>
        <source>Portable mode — data in {folder}</source>
        <translation>Modo portátil — datos en {folder}</translation>
    </message>
    <message>
        <source>Jalon and its data run from this drive. Before removing it, quit Jalon or use File ▸ Prepare for removal.</source>
        <translation>Jalon y sus datos funcionan desde esta unidad. Antes de retirarla, salga de Jalon o use Archivo ▸ Preparar para retirar la unidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of %1 kept as typed need correcting before finalizing: %2</source>
        <translation>
            <numerusform>%n respuesta de %1 guardada tal como se escribió debe corregirse antes de finalizar: %2</numerusform>
            <numerusform>%n respuestas de %1 guardadas tal como se escribieron deben corregirse antes de finalizar: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingItemsList</name>
    <message>
        <source>Dimension or section</source>
        <translation>Dimensión o sección</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Click a row to go to its first unanswered mandatory question</source>
        <translation>Haga clic en una fila para ir a su primera pregunta obligatoria sin respuesta</translation>
    </message>
    <message>
        <source>Mandatory questions still missing</source>
        <translation>Preguntas obligatorias aún sin respuesta</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Search codes, questions, guidance… (Ctrl+F)</source>
        <translation>Buscar códigos, preguntas, orientaciones… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only questions in this state</source>
        <translation>Mostrar solo las preguntas en este estado</translation>
    </message>
    <message>
        <source>Show only questions for this department</source>
        <translation>Mostrar solo las preguntas de esta área</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>Obligatorias faltantes</translation>
    </message>
    <message>
        <source>%1 of %2 questions shown</source>
        <translation>%1 de %2 preguntas mostradas</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Buscar preguntas</translation>
    </message>
    <message>
        <source>Show questions by state</source>
        <translation>Mostrar las preguntas según su estado</translation>
    </message>
    <message>
        <source>Show questions by department</source>
        <translation>Mostrar las preguntas por departamento</translation>
    </message>
    <message>
        <source>Questions of the framework</source>
        <translation>Preguntas del marco</translation>
    </message>
    <message>
        <source>Click or press Enter to open a question; digits answer the question on screen.</source>
        <translation>Haga clic o pulse Intro para abrir una pregunta; los números responden a la pregunta en pantalla.</translation>
    </message>
    <message>
        <source>Carried, to confirm</source>
        <translation>Trasladada, por confirmar</translation>
    </message>
    <message>
        <source>With review comments</source>
        <translation>Con comentarios de revisión</translation>
    </message>
</context>
<context>
    <name>NavigatorTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Does not apply, given the answers to earlier questions.</source>
        <translation>No aplica, según las respuestas anteriores.</translation>
    </message>
    <message>
        <source>Kept as typed, not a valid answer: %1</source>
        <translation>Guardado tal como se escribió, no es una respuesta válida: %1</translation>
    </message>
    <message>
        <source>Mandatory: not answered yet.</source>
        <translation>Obligatoria: todavía sin respuesta.</translation>
    </message>
    <message>
        <source>Flagged for later.</source>
        <translation>Marcada para más tarde.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 de %2 preguntas respondidas</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory answer(s) missing</source>
        <translation>
            <numerusform>Falta %n respuesta obligatoria</numerusform>
            <numerusform>Faltan %n respuestas obligatorias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for later</source>
        <translation>
            <numerusform>%n marcada para más tarde</numerusform>
            <numerusform>%n marcadas para más tarde</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>(partial: not every scored question is answered)</source>
        <translation>(parcial: no todas las preguntas puntuadas tienen respuesta)</translation>
    </message>
    <message>
        <source>Carried from the previous audit, to confirm (Ctrl+K keeps it).</source>
        <translation>Trasladada de la auditoría anterior, por confirmar (Ctrl+K la conserva).</translation>
    </message>
    <message>
        <source>Review: a correction is asked here.</source>
        <translation>Revisión: aquí se pide una corrección.</translation>
    </message>
    <message>
        <source>Review: comments here.</source>
        <translation>Revisión: hay comentarios aquí.</translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <source>New audit</source>
        <translation>Nueva auditoría</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Tipo de auditoría:</translation>
    </message>
    <message>
        <source>&amp;Auditors:</source>
        <translation>&amp;Auditores:</translation>
    </message>
    <message>
        <source>&amp;Period assessed:</source>
        <translation>P&amp;eríodo evaluado:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Marco:</translation>
    </message>
    <message>
        <source>Optional modules:</source>
        <translation>Módulos opcionales:</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>I&amp;dioma del contenido:</translation>
    </message>
    <message>
        <source>Name of the institution assessed</source>
        <translation>Nombre de la institución evaluada</translation>
    </message>
    <message>
        <source>Country name or code, e.g. Senegal or SN</source>
        <translation>Nombre o código del país, p. ej. Senegal o SN</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Create audit</source>
        <translation>Crear la auditoría</translation>
    </message>
    <message>
        <source>Enter the name of the institution.</source>
        <translation>Escriba el nombre de la institución.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>Start of the period assessed</source>
        <translation>Inicio del período evaluado</translation>
    </message>
    <message>
        <source>End of the period assessed</source>
        <translation>Fin del período evaluado</translation>
    </message>
</context>
<context>
    <name>NotApplicableRow</name>
    <message>
        <source>Why does this question not apply? (required)</source>
        <translation>¿Por qué no aplica esta pregunta? (obligatorio)</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Por qué no aplica</translation>
    </message>
    <message>
        <source>Give a reason: a question is marked not applicable only with one.</source>
        <translation>Indique un motivo: una pregunta solo se marca como no aplicable con un motivo.</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;No aplica</translation>
    </message>
</context>
<context>
    <name>OrganizationFormPage</name>
    <message numerus="yes">
        <source>Fields marked * are mandatory. %n mandatory field(s) still empty.</source>
        <translation>
            <numerusform>Los campos marcados con * son obligatorios. %n campo obligatorio sigue vacío.</numerusform>
            <numerusform>Los campos marcados con * son obligatorios. %n campos obligatorios siguen vacíos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) kept as typed need correcting.</source>
        <translation>
            <numerusform>%n campo guardado tal como se escribió debe corregirse.</numerusform>
            <numerusform>%n campos guardados tal como se escribieron deben corregirse.</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit is finalized and read-only. Reopen it to make changes.</source>
        <translation>Esta auditoría está finalizada y es de solo lectura. Reábrala para hacer cambios.</translation>
    </message>
    <message>
        <source>%1: %2 · to confirm (Ctrl+K keeps it)</source>
        <translation>%1: %2 · por confirmar (Ctrl+K la conserva)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit%3, more than the %4 the framework allows for it.</source>
        <translation>Pasó de %1 a %2 desde la auditoría anterior%3, más que el %4 que el marco admite para esta cifra.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit%3, more than %4 (Jalon&apos;s default check).</source>
        <translation>Pasó de %1 a %2 desde la auditoría anterior%3, más del %4 (control por defecto de Jalon).</translation>
    </message>
    <message>
        <source>Why it changed so much? Enter confirms the figure</source>
        <translation>¿Por qué cambió tanto? Intro confirma la cifra</translation>
    </message>
    <message>
        <source>Why the figure changed</source>
        <translation>Por qué cambió la cifra</translation>
    </message>
    <message>
        <source>not applicable (%1)</source>
        <translation>no aplicable (%1)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit; confirmed by %3 on %4: %5</source>
        <translation>Pasó de %1 a %2 desde la auditoría anterior; confirmado por %3 el %4: %5</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a signed package</source>
        <translation>Exportar un paquete firmado</translation>
    </message>
    <message>
        <source>A package carries this audit to another Jalon installation: every answer with its history, the action plan and the evidence files, signed with your key so that the receiver can prove it comes from you and was not changed.</source>
        <translation>Un paquete lleva esta auditoría a otra instalación de Jalon: cada respuesta con su historial, el plan de acción y los archivos de evidencia, firmados con su clave para que quien lo reciba pueda demostrar que proviene de usted y que no fue modificado.</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Auditoría:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt for:</source>
        <translation>C&amp;ifrar para:</translation>
    </message>
    <message>
        <source>optional: one public key per line</source>
        <translation>opcional: una clave pública por línea</translation>
    </message>
    <message>
        <source>Leave empty for a package anyone can read and verify. To keep it private on a stick or in an e-mail, give the age public keys (age1…) or ssh-ed25519 keys of the people who may open it.</source>
        <translation>Déjelo vacío para un paquete que cualquiera pueda leer y verificar. Para mantenerlo privado en una memoria USB o en un correo, indique las claves públicas age (age1…) o ssh-ed25519 de las personas que podrán abrirlo.</translation>
    </message>
    <message>
        <source>Also encrypt for my own key, so that I can open the package again</source>
        <translation>Cifrar también para mi propia clave, para poder volver a abrir el paquete</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made for {name} when you export (File ▸ Signing key… lets you give your organisation first).</source>
        <translation>Todavía no tiene clave de firma: se crea una para {name} al exportar (Archivo ▸ Clave de firma… le permite indicar antes su organización).</translation>
    </message>
    <message>
        <source>{who}, key {key}</source>
        <translation>{who}, clave {key}</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquetes de Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Elija dónde guardar el paquete.</translation>
    </message>
    <message>
        <source>Line {line} of the recipients: {problem}</source>
        <translation>Línea {line} de los destinatarios: {problem}</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Cancelado: no se escribió ningún paquete.</translation>
    </message>
    <message>
        <source>Signing and writing {file}…</source>
        <translation>Firmando y escribiendo {file}…</translation>
    </message>
    <message>
        <source>Package written to {file} ({size}), signed by {name} with key {key}.</source>
        <translation>Paquete escrito en {file} ({size}), firmado por {name} con la clave {key}.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: only %n recipient(s) can open it.</source>
        <translation>
            <numerusform>Cifrado: solo %n destinatario puede abrirlo.</numerusform>
            <numerusform>Cifrado: solo %n destinatarios pueden abrirlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageImportPage</name>
    <message>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Choose .jalon packages received from other installations. Each one is verified (signature, signer, every file) before anything is merged; each gets a receipt.</source>
        <translation>Elija los paquetes .jalon recibidos de otras instalaciones. Cada uno se verifica (firma, firmante, cada archivo) antes de fusionar nada; cada uno recibe un comprobante.</translation>
    </message>
    <message>
        <source>Add &amp;packages…</source>
        <translation>Añadir &amp;paquetes…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Hold packages from unknown or revoked signers in quarantine instead of refusing them</source>
        <translation>Poner en cuarentena los paquetes de firmantes desconocidos o revocados en lugar de rechazarlos</translation>
    </message>
    <message>
        <source>&amp;Verify and merge</source>
        <translation>&amp;Verificar y fusionar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Paquetes por importar</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquetes de Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation>Carpeta de paquetes</translation>
    </message>
    <message numerus="yes">
        <source>Verifying and merging %n package(s)…</source>
        <translation>
            <numerusform>Verificando y fusionando %n paquete…</numerusform>
            <numerusform>Verificando y fusionando %n paquetes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current package…</source>
        <translation>Deteniendo después del paquete actual…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) handled</source>
        <translation>
            <numerusform>%n paquete procesado</numerusform>
            <numerusform>%n paquetes procesados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 packages handled; the others were not touched.</source>
        <translation>Cancelado: %1 de %2 paquetes procesados; los demás no se tocaron.</translation>
    </message>
    <message numerus="yes">
        <source>; %n merged</source>
        <translation>
            <numerusform>; %n fusionado</numerusform>
            <numerusform>; %n fusionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages chosen</source>
        <translation>Paquetes elegidos</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Signing key passphrase</source>
        <translation>Frase de contraseña de la clave de firma</translation>
    </message>
    <message>
        <source>A new signing key for {name}</source>
        <translation>Una nueva clave de firma para {name}</translation>
    </message>
    <message>
        <source>Signing key {key} of {name}</source>
        <translation>Clave de firma {key} de {name}</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect your signing key. You will type it to sign packages. Nobody can recover it: if it is forgotten, a new key must be made and trusted again.</source>
        <translation>Elija una frase de contraseña para proteger su clave de firma. La escribirá para firmar paquetes. Nadie puede recuperarla: si la olvida, habrá que crear una clave nueva y volver a hacerla de confianza.</translation>
    </message>
    <message>
        <source>Type the passphrase of this key to sign or open packages with it.</source>
        <translation>Escriba la frase de contraseña de esta clave para firmar o abrir paquetes con ella.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;ueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Una frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>Una frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different; type them again.</source>
        <translation>Las dos frases de contraseña son distintas; escríbalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PeerNote</name>
    <message>
        <source>Against the {count} institutions of the peer group {group} (benchmark of {date}): the box over each bar spans the group&apos;s middle half, from the first to the third quartile, and the dark tick is its median; on the radar, the dashed line is the peer median.</source>
        <translation>Frente a las {count} instituciones del grupo de pares {group} (referencia del {date}): el rectángulo sobre cada barra abarca la mitad central del grupo, del primer al tercer cuartil, y la marca oscura es su mediana; en el radar, la línea discontinua es la mediana de los pares.</translation>
    </message>
    <message>
        <source>No peer benchmark applies to this audit: the benchmark of {date} has no peer group {group} for this framework version (groups smaller than {minimum} institutions are not published).</source>
        <translation>Ninguna referencia de pares se aplica a esta auditoría: la referencia del {date} no tiene grupo de pares {group} para esta versión del marco (los grupos de menos de {minimum} instituciones no se publican).</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>country {name}</source>
        <translation>país {name}</translation>
    </message>
    <message>
        <source>No comparison with peers: the benchmark of {date} holds the peer groups of this framework on version {versions}, and this audit is on version {version}. No crosswalk installed here leads from {version} to {versions}, so the scores of the two versions are not put side by side.</source>
        <translation>Sin comparación con los pares: la referencia del {date} trata la versión {versions} de este marco, y esta auditoría está en la versión {version}. Ninguna tabla de correspondencias instalada aquí lleva de {version} a {versions}: los puntajes de las dos versiones no se ponen lado a lado.</translation>
    </message>
    <message>
        <source>Against the {count} institutions of the peer group {group} (benchmark of {date}), with this audit, made with version {version}, read as version {read_as} through the framework&apos;s crosswalk, as the network&apos;s audits were. The charts show version {version} and carry no peer marks.</source>
        <translation>Frente a las {count} instituciones del grupo de pares {group} (referencia del {date}); esta auditoría, hecha con la versión {version}, se lee como la versión {read_as} mediante la tabla de correspondencias del marco, como se leyeron las auditorías de la red. Los gráficos muestran la versión {version} y no llevan las marcas de los pares.</translation>
    </message>
    <message>
        <source>Overall, read as {read_as}: {score}; peer median {median}, middle half {q1} to {q3}.</source>
        <translation>En total, leída como {read_as}: {score}; mediana de los pares {median}, mitad central de {q1} a {q3}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Welcome to Jalon</source>
        <translation>Bienvenido a Jalon</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Who is working on this computer?</source>
        <translation>¿Quién trabaja en este equipo?</translation>
    </message>
    <message>
        <source>Your name is recorded with every answer you change, listed among the auditors of the audits you create and shown with the packages you sign. Changes made before keep the name they were made with.</source>
        <translation>Su nombre se registra con cada respuesta que modifica, figura entre los auditores de las auditorías que crea y acompaña a los paquetes que firma. Los cambios ya hechos conservan el nombre con el que se hicieron.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>For example: Caisse Rurale de Kolda</source>
        <translation>Por ejemplo: Caisse Rurale de Kolda</translation>
    </message>
    <message>
        <source>JALON_USER is set to “%1” on this computer: changes are recorded under that name while it is set.</source>
        <translation>JALON_USER vale «%1» en este equipo: los cambios se registran con ese nombre mientras esté definido.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PlanActionsNote</name>
    <message>
        <source>Action plan:</source>
        <translation>Plan de acción:</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Every institution with its latest accepted audit, its score and the change since the accepted audit before it, the state of its latest review, the corrections still open, and whether its assessment is out of date. Double-click an institution to open its latest accepted audit.</source>
        <translation>Cada institución con su última auditoría aceptada, su puntaje y la variación desde la auditoría aceptada anterior, el estado de su última revisión, las correcciones aún abiertas y si su evaluación está vencida. Haga doble clic en una institución para abrir su última auditoría aceptada.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptada el</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Open corrections</source>
        <translation>Correcciones abiertas</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institución</numerusform>
            <numerusform>%n instituciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of date or never accepted</source>
        <translation>
            <numerusform>%n vencida o nunca aceptada</numerusform>
            <numerusform>%n vencidas o nunca aceptadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) open</source>
        <translation>
            <numerusform>%n corrección abierta</numerusform>
            <numerusform>%n correcciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted audit</source>
        <translation>Ninguna auditoría aceptada</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>portfolio.xlsx</source>
        <translation>cartera.xlsx</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Exportar la cartera</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Latest accepted audit</source>
        <translation>Última auditoría aceptada</translation>
    </message>
    <message>
        <source>Overall score (%)</source>
        <translation>Puntaje global (%)</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Tendencia (puntos)</translation>
    </message>
    <message>
        <source>Portfolio written to %1</source>
        <translation>Cartera guardada en %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Forget the period chosen here: the framework&apos;s own applies, or two years</source>
        <translation>Olvidar el período elegido aquí: se aplica el del marco, o dos años</translation>
    </message>
    <message>
        <source>(chosen here)</source>
        <translation>(elegido aquí)</translation>
    </message>
    <message>
        <source>(the framework&apos;s own)</source>
        <translation>(el del marco)</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(por defecto)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>Validez (meses)</translation>
    </message>
    <message numerus="yes">
        <source>Assessment period ended on %1; validity %n month(s).</source>
        <translation>
            <numerusform>Periodo evaluado cerrado el %1; validez de %n mes.</numerusform>
            <numerusform>Periodo evaluado cerrado el %1; validez de %n meses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No period assessed: counted from the acceptance on %1; validity %n month(s).</source>
        <translation>
            <numerusform>Sin periodo evaluado: se cuenta desde la aceptación del %1; validez de %n mes.</numerusform>
            <numerusform>Sin periodo evaluado: se cuenta desde la aceptación del %1; validez de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <source>&amp;Back to the audit list</source>
        <translation>Vo&amp;lver a la lista de auditorías</translation>
    </message>
    <message>
        <source>Validity &amp;period of</source>
        <translation>&amp;Período de validez de</translation>
    </message>
    <message>
        <source>An assessment is &amp;out of date after</source>
        <translation>Una evaluación ve&amp;nce a los</translation>
    </message>
    <message>
        <source>Framework&apos;s o&amp;wn period</source>
        <translation>Período del &amp;marco</translation>
    </message>
</context>
<context>
    <name>PreviousAnswerPanel</name>
    <message>
        <source>Previous audit (%1)</source>
        <translation>Auditoría anterior (%1)</translation>
    </message>
    <message>
        <source>Carried, to confirm</source>
        <translation>Trasladada, por confirmar</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>No aplicable: %1</translation>
    </message>
    <message>
        <source>No answer (comment only)</source>
        <translation>Sin respuesta (solo comentario)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencias: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservada</translation>
    </message>
    <message>
        <source>&amp;Keep this answer (Ctrl+K)</source>
        <translation>C&amp;onservar esta respuesta (Ctrl+K)</translation>
    </message>
    <message>
        <source>Record the previous answer as this audit&apos;s, in your name and now</source>
        <translation>Registrar la respuesta anterior como la de esta auditoría, a su nombre y ahora</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <source>Dimension or standard</source>
        <translation>Dimensión o norma</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change of practice</source>
        <translation>Cambio de práctica</translation>
    </message>
    <message>
        <source>Grey bars: the earlier audit; blue bars: the later one. Change of practice: the change over the questions scored in both audits. * What was answered differs, so part of the change is coverage, not practice.</source>
        <translation>Barras grises: la auditoría anterior; barras azules: la posterior. Cambio de práctica: el cambio en las preguntas puntuadas en ambas auditorías. * Lo respondido difiere: parte del cambio se debe a la cobertura, no a la práctica.</translation>
    </message>
    <message>
        <source>{type} · {period} · {status}</source>
        <translation>{type} · {period} · {status}</translation>
    </message>
    <message>
        <source>No other audit of this institution to compare with. A follow-up audit (File ▸ New follow-up audit) will appear here.</source>
        <translation>No hay otra auditoría de esta institución con la que comparar. Una auditoría de seguimiento (Archivo ▸ Nueva auditoría de seguimiento) aparecerá aquí.</translation>
    </message>
    <message>
        <source>Overall: {before} ({before_date}) → {after} ({after_date}); change {change}, change of practice {practice}</source>
        <translation>Global: {before} ({before_date}) → {after} ({after_date}); cambio {change}, cambio de práctica {practice}</translation>
    </message>
    <message>
        <source>Questions: {improved} improved, {regressed} regressed, {unchanged} unchanged, {newly} newly assessed, {gone} no longer assessed, {other} not comparable</source>
        <translation>Preguntas: {improved} mejoradas, {regressed} empeoradas, {unchanged} sin cambios, {newly} evaluadas por primera vez, {gone} ya no evaluadas, {other} no comparables</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>Estado entonces</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado ahora</translation>
    </message>
    <message>
        <source>Its indicators</source>
        <translation>Sus indicadores</translation>
    </message>
    <message>
        <source>&amp;Action plan of the earlier audit:</source>
        <translation>Plan de &amp;acción de la auditoría anterior:</translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation>No retomada</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejoraron</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Retrocedieron</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Newly assessed</source>
        <translation>Evaluados por primera vez</translation>
    </message>
    <message>
        <source>No longer assessed</source>
        <translation>Ya no evaluados</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>No comparables</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluados</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>The radar needs at least three scored dimensions.</source>
        <translation>El radar necesita al menos tres dimensiones puntuadas.</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Accepted (new audit)</source>
        <translation>Aceptado (auditoría nueva)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Ya presente</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Held in quarantine</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Cambios nuevos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>Changes by %1 (as claimed); signed by %2, key %3</source>
        <translation>Cambios de %1 (según el paquete); firmado por %2, clave %3</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Jalon: damaged database</source>
        <translation>Jalon: base de datos dañada</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Empezar con una base de datos &amp;vacía</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>{when} ({reason})</source>
        <translation>{when} ({reason})</translation>
    </message>
    <message>
        <source>{when} ({reason}): damaged, cannot be used</source>
        <translation>{when} ({reason}): dañada, no se puede usar</translation>
    </message>
    <message>
        <source>Your database is damaged</source>
        <translation>Su base de datos está dañada</translation>
    </message>
    <message>
        <source>Jalon cannot use {file} safely: {problem}.

This happens after a power cut or a failing disk or USB stick. The damaged file will not be deleted: it is moved to {folder}, where support can still look at it.</source>
        <translation>Jalon no puede usar {file} de forma segura: {problem}.

Esto ocurre tras un corte de luz o con un disco o memoria USB defectuosos. El archivo dañado no se eliminará: se traslada a {folder}, donde el soporte aún podrá revisarlo.</translation>
    </message>
    <message>
        <source>Choose the backup to restore:</source>
        <translation>Elija la copia de seguridad que desea restaurar:</translation>
    </message>
    <message>
        <source>No usable backup was found. Jalon can start with an empty database; your audits can then be brought back from packages you sent or received.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable. Jalon puede empezar con una base de datos vacía; luego podrá recuperar sus auditorías desde los paquetes enviados o recibidos.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>This backup is damaged; choose another one.</source>
        <translation>Esta copia de seguridad está dañada; elija otra.</translation>
    </message>
    <message>
        <source>The backup was taken on {when}. Changes made after that cannot be counted in the damaged file, and will not be in the restored database.</source>
        <translation>La copia de seguridad es del {when}. Los cambios hechos después no se pueden contar en el archivo dañado y no estarán en la base de datos restaurada.</translation>
    </message>
    <message>
        <source>The backup was taken on {when}. The damaged file holds no newer change: nothing is lost.</source>
        <translation>La copia de seguridad es del {when}. El archivo dañado no contiene cambios más recientes: no se pierde nada.</translation>
    </message>
    <message numerus="yes">
        <source>The backup was taken on {when}. %n change(s) made after that (the last on {last}) will not be in the restored database.</source>
        <translation>
            <numerusform>La copia de seguridad es del {when}. %n cambio hecho después (el {last}) no estará en la base de datos restaurada.</numerusform>
            <numerusform>La copia de seguridad es del {when}. %n cambios hechos después (el último el {last}) no estarán en la base de datos restaurada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of {when} is restored. The damaged file is kept as {file}.</source>
        <translation>Se restauró la copia de seguridad del {when}. El archivo dañado se conserva como {file}.</translation>
    </message>
    <message>
        <source>Jalon will start with an empty database. The damaged file is kept as {file}.</source>
        <translation>Jalon empezará con una base de datos vacía. El archivo dañado se conserva como {file}.</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Prepare for removal</source>
        <translation>Preparar para retirar la unidad</translation>
    </message>
    <message>
        <source>&amp;Quit Jalon</source>
        <translation>&amp;Salir de Jalon</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Preparing for removal…</source>
        <translation>Preparando la retirada…</translation>
    </message>
    <message>
        <source>You can remove the drive now</source>
        <translation>Ya puede retirar la unidad</translation>
    </message>
    <message>
        <source>Every saved answer is written in {file}, checked, and the database is closed. Use your system&apos;s “eject” command if it has one, then remove the drive holding {folder}.

Quit Jalon now, or keep working: the database will be opened again, and you will need to prepare again before removing the drive.</source>
        <translation>Cada respuesta guardada está escrita en {file}, comprobada, y la base de datos está cerrada. Use la orden «Expulsar» de su sistema si la tiene y luego retire la unidad que contiene {folder}.

Salga de Jalon ahora o siga trabajando: la base de datos se abrirá de nuevo y tendrá que preparar otra vez la retirada antes de quitar la unidad.</translation>
    </message>
    <message>
        <source>Do not remove the drive yet</source>
        <translation>No retire todavía la unidad</translation>
    </message>
    <message>
        <source>Jalon could not make sure that {folder} is safe to remove. Solve what is shown below, then try again.</source>
        <translation>Jalon no pudo asegurarse de que {folder} se pueda retirar sin riesgo. Resuelva lo que se indica abajo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the audit</source>
        <translation>Reabrir la auditoría</translation>
    </message>
    <message>
        <source>Reopen {institution}</source>
        <translation>Reabrir {institution}</translation>
    </message>
    <message>
        <source>Reopening makes the audit editable again and removes its seal; finalizing it again will compute a new one. The reason is recorded in the audit&apos;s log with your name.</source>
        <translation>Reabrir vuelve a hacer editable la auditoría y retira su sello; al finalizarla de nuevo se calculará otro. El motivo queda registrado en el historial de la auditoría con su nombre.</translation>
    </message>
    <message>
        <source>R&amp;eason for reopening:</source>
        <translation>&amp;Motivo de la reapertura:</translation>
    </message>
    <message>
        <source>For example: the board asked to correct the answers on pricing</source>
        <translation>Por ejemplo: el directorio pidió corregir las respuestas sobre precios</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports and exports</source>
        <translation>Informes y exportaciones</translation>
    </message>
    <message>
        <source>PDF report of this audit</source>
        <translation>Informe PDF de esta auditoría</translation>
    </message>
    <message>
        <source>Excel export of this audit</source>
        <translation>Exportación Excel de esta auditoría</translation>
    </message>
    <message>
        <source>Fill-in workbook for people without Jalon</source>
        <translation>Libro para completar por personas sin Jalon</translation>
    </message>
    <message>
        <source>Consolidated Excel export of all audits</source>
        <translation>Exportación Excel consolidada de todas las auditorías</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Abrir el archivo</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Cr&amp;ear</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>cuestionario</translation>
    </message>
    <message>
        <source>all audits</source>
        <translation>todas las auditorías</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <source>Written to {file}</source>
        <translation>Guardado en {file}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Tables of all audits for analysis (Parquet)</source>
        <translation>Tablas de todas las auditorías para el análisis (Parquet)</translation>
    </message>
    <message>
        <source>Tables of all audits for analysis (CSV)</source>
        <translation>Tablas de todas las auditorías para el análisis (CSV)</translation>
    </message>
    <message>
        <source>Only audits changed since the last export</source>
        <translation>Solo las auditorías modificadas desde la última exportación</translation>
    </message>
    <message>
        <source>audit tables</source>
        <translation>tablas de auditorías</translation>
    </message>
    <message>
        <source>Folder for the tables</source>
        <translation>Carpeta de las tablas</translation>
    </message>
    <message>
        <source>No audit changed since the last export to this folder: nothing was written.</source>
        <translation>Ninguna auditoría ha cambiado desde la última exportación a esta carpeta: no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) written to {folder}</source>
        <translation>
            <numerusform>%n auditoría escrita en {folder}</numerusform>
            <numerusform>%n auditorías escritas en {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommentPanel</name>
    <message>
        <source>Must be corrected</source>
        <translation>Debe corregirse</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir el comentario</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>A comment for the site…</source>
        <translation>Un comentario para el sitio…</translation>
    </message>
    <message>
        <source>Your reply to the selected comment…</source>
        <translation>Su respuesta al comentario seleccionado…</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <source>No review comment here.</source>
        <translation>Ningún comentario de revisión aquí.</translation>
    </message>
    <message>
        <source>Review comments on %1</source>
        <translation>Comentarios de revisión sobre %1</translation>
    </message>
    <message>
        <source>Review comments on the whole audit</source>
        <translation>Comentarios de revisión sobre toda la auditoría</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Devuelta para corrección</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Reenviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Whole audit</source>
        <translation>Toda la auditoría</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Must be corrected — open</source>
        <translation>Debe corregirse — abierto</translation>
    </message>
    <message>
        <source>Must be corrected — replied</source>
        <translation>Debe corregirse — respondido</translation>
    </message>
    <message>
        <source>Must be corrected — answered again</source>
        <translation>Debe corregirse — respondida de nuevo</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>after Review:</comment>
        <translation>recibida</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>after Review:</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <comment>after Review:</comment>
        <translation>devuelta para corrección</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <comment>after Review:</comment>
        <translation>reenviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>after Review:</comment>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>after Review:</comment>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Iniciar la revisión</translation>
    </message>
    <message>
        <source>Return to the site…</source>
        <translation>Devolver al sitio…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Motivo de un rechazo</translation>
    </message>
    <message>
        <source>Resubmit to the head office…</source>
        <translation>Reenviar a la sede…</translation>
    </message>
    <message>
        <source>Every review comment</source>
        <translation>Todos los comentarios de revisión</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) asked by the head office still open: answer the question again or reply to the comment.</source>
        <translation>
            <numerusform>%n corrección pedida por la sede sigue abierta: responda de nuevo a la pregunta o responda al comentario.</numerusform>
            <numerusform>%n correcciones pedidas por la sede siguen abiertas: responda de nuevo a la pregunta o responda al comentario.</numerusform>
        </translation>
    </message>
    <message>
        <source>No correction is open.</source>
        <translation>Ninguna corrección está abierta.</translation>
    </message>
    <message>
        <source>Received in a package; nobody has started reviewing it.</source>
        <translation>Recibida en un paquete; nadie ha comenzado a revisarla.</translation>
    </message>
    <message>
        <source>Since %1, by %2.</source>
        <translation>Desde el %1, por %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Claimed: %1, site %2; signed by %3, key %4.</source>
        <translation>Declarado: %1, sitio %2; firmado por %3, clave %4.</translation>
    </message>
    <message>
        <source>a key not in the trust store</source>
        <translation>una clave que no está en el almacén de confianza</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquetes Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Written to %1 (SHA-256 %2…). Send this file; it is signed with your key.</source>
        <translation>Guardado en %1 (SHA-256 %2…). Envíe este archivo; está firmado con su clave.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Identificador de clave:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Protected by:</source>
        <translation>Protegida por:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creada el:</translation>
    </message>
    <message>
        <source>Public key (minisign format):</source>
        <translation>Clave pública (formato minisign):</translation>
    </message>
    <message>
        <source>&amp;Export the public key…</source>
        <translation>&amp;Exportar la clave pública…</translation>
    </message>
    <message>
        <source>&amp;Copy the public key</source>
        <translation>&amp;Copiar la clave pública</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>C&amp;reate the key</source>
        <translation>C&amp;rear la clave</translation>
    </message>
    <message>
        <source>The key will be protected by this computer&apos;s keyring: there is no passphrase to remember.</source>
        <translation>La clave estará protegida por el llavero de este equipo: no hay ninguna frase de contraseña que recordar.</translation>
    </message>
    <message>
        <source>The key will be protected by a passphrase (portable mode, or no keyring on this computer), so that it opens wherever Jalon runs.</source>
        <translation>La clave estará protegida por una frase de contraseña (modo portátil, o no hay llavero en este equipo), para que se abra dondequiera que funcione Jalon.</translation>
    </message>
    <message>
        <source>The key will be protected by the passphrase set in the JALON_KEY_PASSPHRASE environment variable.</source>
        <translation>La clave estará protegida por la frase de contraseña definida en la variable de entorno JALON_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>You have no signing key yet</source>
        <translation>Todavía no tiene clave de firma</translation>
    </message>
    <message>
        <source>A signing key proves that the packages you export come from you and were not changed on the way. Give your name and organisation as others should see them.</source>
        <translation>Una clave de firma demuestra que los paquetes que exporta proceden de usted y no se modificaron por el camino. Indique su nombre y su organización tal como deben verlos los demás.</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <source>Packages you export are signed with this key. Send the public key to whoever must accept your packages (your head office, for example), and read them the key id over the phone so that they can check they received the right one.</source>
        <translation>Los paquetes que exporta se firman con esta clave. Envíe la clave pública a quienes deban aceptar sus paquetes (su oficina central, por ejemplo) y léales el identificador de clave por teléfono para que comprueben que recibieron la correcta.</translation>
    </message>
    <message>
        <source>this computer&apos;s keyring</source>
        <translation>el llavero de este equipo</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>una frase de contraseña</translation>
    </message>
    <message>
        <source>Give your name: it is shown with every package you sign.</source>
        <translation>Indique su nombre: aparece con cada paquete que firme.</translation>
    </message>
    <message>
        <source>Your signing key {key} is ready.</source>
        <translation>Su clave de firma {key} está lista.</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exportar la clave pública</translation>
    </message>
    <message>
        <source>Minisign public keys (*.pub)</source>
        <translation>Claves públicas minisign (*.pub)</translation>
    </message>
    <message>
        <source>Public key written to {file}</source>
        <translation>Clave pública escrita en {file}</translation>
    </message>
    <message>
        <source>The public key is copied; paste it into an e-mail or a message.</source>
        <translation>La clave pública está copiada; péguela en un correo o un mensaje.</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Reports and exports…</source>
        <translation>Informes y e&amp;xportaciones…</translation>
    </message>
    <message>
        <source>Import a filled-in &amp;workbook…</source>
        <translation>Importar un libro c&amp;ompletado…</translation>
    </message>
    <message>
        <source>Import pac&amp;kages…</source>
        <translation>Importar &amp;paquetes…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>&amp;Export a signed package…</source>
        <translation>&amp;Exportar un paquete firmado…</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>Clave &amp;de firma…</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>&amp;Firmantes de confianza…</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Install a &amp;framework…</source>
        <translation>Instalar un &amp;marco de referencia…</translation>
    </message>
    <message>
        <source>Upgrade to a newer framework &amp;version…</source>
        <translation>Actualizar a una &amp;versión más reciente del marco…</translation>
    </message>
    <message>
        <source>New f&amp;ollow-up audit…</source>
        <translation>Nueva auditoría de se&amp;guimiento…</translation>
    </message>
    <message>
        <source>&amp;Institution page…</source>
        <translation>Ficha de la &amp;institución…</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <source>Trusted signers</source>
        <translation>Firmantes de confianza</translation>
    </message>
    <message>
        <source>Whose packages this installation accepts</source>
        <translation>De quién acepta paquetes esta instalación</translation>
    </message>
    <message>
        <source>A package is merged only when its signer is listed here and not revoked. Add a signer from the public key file (.pub) they sent you, after checking the key id with them, by phone for example.</source>
        <translation>Un paquete solo se fusiona si su firmante figura aquí y no está revocado. Añada un firmante a partir del archivo de clave pública (.pub) que le envió, después de comprobar con él el identificador de clave, por teléfono por ejemplo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identificador de clave</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected key…</source>
        <translation>&amp;Revocar la clave seleccionada…</translation>
    </message>
    <message>
        <source>Trust a new signer</source>
        <translation>Confiar en un nuevo firmante</translation>
    </message>
    <message>
        <source>Public key file:</source>
        <translation>Archivo de clave pública:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Identificador de clave:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Confiar en esta clave</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>elija primero un archivo</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>revocada el {date}</translation>
    </message>
    <message>
        <source>this installation&apos;s key</source>
        <translation>clave de esta instalación</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>Key {key} of {name} is revoked: its packages are refused from now on.</source>
        <translation>La clave {key} de {name} está revocada: sus paquetes se rechazan a partir de ahora.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Revocar una clave</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Packages it signs will be refused, and it can never be trusted again.

Why (lost laptop, left the team…):</source>
        <translation>¿Revocar la clave de {name}? Los paquetes que firme se rechazarán y nunca podrá volver a ser de confianza.

Motivo (portátil perdido, dejó el equipo…):</translation>
    </message>
    <message>
        <source>Public key of the signer</source>
        <translation>Clave pública del firmante</translation>
    </message>
    <message>
        <source>Minisign public keys (*.pub)</source>
        <translation>Claves públicas minisign (*.pub)</translation>
    </message>
    <message>
        <source>{key}: check it with its owner</source>
        <translation>{key}: compruébelo con su propietario</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file first.</source>
        <translation>Elija primero el archivo de clave pública del firmante.</translation>
    </message>
    <message>
        <source>{name} is trusted: packages signed with key {key} are accepted.</source>
        <translation>{name} es de confianza: se aceptan los paquetes firmados con la clave {key}.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade to a newer framework version</source>
        <translation>Actualizar a una versión más reciente del marco</translation>
    </message>
    <message>
        <source>The audit of {institution} uses {framework} {version}. Its answers move to the newer version along the version&apos;s crosswalk; answers that cannot move stay in the history. Nothing is deleted.</source>
        <translation>La auditoría de {institution} usa {framework} {version}. Sus respuestas pasan a la nueva versión según su tabla de correspondencia; las que no pueden pasar quedan en el historial. No se borra nada.</translation>
    </message>
    <message>
        <source>Upgrade to:</source>
        <translation>Actualizar a:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>No newer version of {framework} with a crosswalk from {version} is bundled or installed.</source>
        <translation>No hay ninguna versión más reciente de {framework} con tabla de correspondencia desde {version}, ni incluida ni instalada.</translation>
    </message>
    <message>
        <source>Upgraded to {framework} {version}.</source>
        <translation>Actualizada a {framework} {version}.</translation>
    </message>
    <message>
        <source>{kept} answer(s) kept, {carried} carried to another question, {dropped} not carried (kept in the history as no longer assessed).</source>
        <translation>{kept} respuesta(s) conservada(s), {carried} trasladada(s) a otra pregunta, {dropped} no trasladada(s) (guardada(s) en el historial como ya no evaluada(s)).</translation>
    </message>
    <message>
        <source>How the answers move</source>
        <translation>Cómo se trasladan las respuestas</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>A whole number</source>
        <translation>Un número entero</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Escriba la respuesta</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>Import a fill-in workbook</source>
        <translation>Importar un libro completado</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Libro:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Fill only questions without an answer</source>
        <translation>&amp;Completar solo las preguntas sin respuesta</translation>
    </message>
    <message>
        <source>&amp;Overwrite answers that differ</source>
        <translation>Reem&amp;plazar las respuestas que difieren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Apply the changes</source>
        <translation>Apl&amp;icar los cambios</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Now in Jalon</source>
        <translation>Ahora en Jalon</translation>
    </message>
    <message>
        <source>From the workbook</source>
        <translation>Desde el libro</translation>
    </message>
    <message>
        <source>Problems (nothing can be imported until they are corrected in the workbook):</source>
        <translation>Problemas (no se puede importar nada hasta corregirlos en el libro):</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose the filled-in workbook</source>
        <translation>Elegir el libro completado</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Leyendo el libro…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n cambio por aplicar.</numerusform>
            <numerusform>%n cambios por aplicar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) differ from the workbook but are kept: only questions without an answer are filled.</source>
        <translation>
            <numerusform>%n respuesta difiere del libro pero se conserva: solo se completan las preguntas sin respuesta.</numerusform>
            <numerusform>%n respuestas difieren del libro pero se conservan: solo se completan las preguntas sin respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problema encontrado.</numerusform>
            <numerusform>%n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook brings nothing new.</source>
        <translation>El libro no aporta nada nuevo.</translation>
    </message>
    <message>
        <source>Backing up the database, then applying the changes…</source>
        <translation>Copia de seguridad de la base de datos y después aplicación de los cambios…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in the audit.</source>
        <translation>
            <numerusform>%n cambio registrado en la auditoría.</numerusform>
            <numerusform>%n cambios registrados en la auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the workbook brings</source>
        <translation>Cambios que trae el libro</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Problemas encontrados en el libro</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation>Siguiente pregunta si&amp;n respuesta</translation>
    </message>
    <message>
        <source>&amp;Go to code…</source>
        <translation>&amp;Ir al código…</translation>
    </message>
    <message>
        <source>&amp;Search questions</source>
        <translation>&amp;Buscar preguntas</translation>
    </message>
    <message>
        <source>&amp;Flag for later</source>
        <translation>&amp;Marcar para más tarde</translation>
    </message>
    <message>
        <source>Back to the &amp;answer</source>
        <translation>Volver a &amp;la respuesta</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Plan de &amp;acción</translation>
    </message>
    <message>
        <source>Add an action for this &amp;question…</source>
        <translation>Añadir una acción para esta &amp;pregunta…</translation>
    </message>
    <message>
        <source>Fina&amp;lize audit…</source>
        <translation>&amp;Finalizar la auditoría…</translation>
    </message>
    <message>
        <source>&amp;Reopen audit…</source>
        <translation>&amp;Reabrir la auditoría…</translation>
    </message>
    <message>
        <source>&amp;Close audit</source>
        <translation>Cerrar la a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientaciones</translation>
    </message>
    <message>
        <source>&amp;Keep the previous audit&apos;s answer</source>
        <translation>&amp;Conservar la respuesta de la auditoría anterior</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Puntuación %1</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>audit {id} is on {framework} {version}; its follow-up can use that version or a newer one holding a crosswalk from it, which {other} {other_version} does not</source>
        <translation>la auditoría {id} usa {framework} {version}; su auditoría de seguimiento puede usar esa versión o una más reciente que contenga una tabla de correspondencias desde ella, lo que no es el caso de {other} {other_version}</translation>
    </message>
    <message>
        <source>{code} has no answer from a previous audit to keep</source>
        <translation>{code} no tiene respuesta de una auditoría anterior que conservar</translation>
    </message>
    <message>
        <source>{code} was carried over from the previous audit; confirm it or change it</source>
        <translation>{code} se trasladó de la auditoría anterior; confírmelo o modifíquelo</translation>
    </message>
    <message>
        <source>audits {a} ({a_name}) and {b} ({b_name}) are audits of different institutions; if they are one, merge them first (jalon institution merge)</source>
        <translation>las auditorías {a} ({a_name}) y {b} ({b_name}) son de instituciones distintas; si se trata de la misma, fusiónelas primero (jalon institution merge)</translation>
    </message>
    <message>
        <source>comparing an audit on {old} {old_version} with one on {new} {new_version} needs a crosswalk between the two versions, which {new} {new_version} does not hold</source>
        <translation>comparar una auditoría sobre {old} {old_version} con otra sobre {new} {new_version} requiere una tabla de correspondencias entre ambas versiones, que {new} {new_version} no contiene</translation>
    </message>
    <message>
        <source>give two different audits to compare</source>
        <translation>indique dos auditorías distintas para comparar</translation>
    </message>
    <message>
        <source>no institution {ref!r}</source>
        <translation>ninguna institución {ref!r}</translation>
    </message>
    <message>
        <source>no institution {ref!r}; give at least {n} characters of its id</source>
        <translation>ninguna institución {ref!r}; indique al menos {n} caracteres de su identificador</translation>
    </message>
    <message>
        <source>{name} ({id}) is already that institution</source>
        <translation>{name} ({id}) ya es esa institución</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} institutions; give more of the id</source>
        <translation>{ref!r} corresponde a {count} instituciones; indique una parte mayor del identificador</translation>
    </message>
    <message>
        <source>SHA256SUMS in the package disagrees with its manifest</source>
        <translation>el archivo SHA256SUMS del paquete no concuerda con su manifiesto</translation>
    </message>
    <message>
        <source>a cell holds more than {limit} characters</source>
        <translation>una celda contiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>a finalized audit cannot be deleted; reopen it first</source>
        <translation>una auditoría finalizada no se puede eliminar; reábrala primero</translation>
    </message>
    <message>
        <source>a key id has 8 bytes</source>
        <translation>un identificador de clave tiene 8 bytes</translation>
    </message>
    <message>
        <source>a key passphrase needs at least {n} characters</source>
        <translation>una frase de contraseña de clave necesita al menos {n} caracteres</translation>
    </message>
    <message>
        <source>a minisign public key file has one comment line and one key line</source>
        <translation>un archivo de clave pública minisign tiene una línea de comentario y una línea de clave</translation>
    </message>
    <message>
        <source>a passphrase is needed for the {purpose}: set the JALON_KEY_PASSPHRASE environment variable or run Jalon where it can ask</source>
        <translation>se necesita una frase de contraseña para {purpose}: defina la variable de entorno JALON_KEY_PASSPHRASE o ejecute Jalon donde pueda pedirla</translation>
    </message>
    <message>
        <source>a passphrase is needed to unlock the signing key</source>
        <translation>se necesita una frase de contraseña para desbloquear la clave de firma</translation>
    </message>
    <message>
        <source>a public key needs an 8-byte key id and a 32-byte key</source>
        <translation>una clave pública necesita un identificador de 8 bytes y una clave de 32 bytes</translation>
    </message>
    <message>
        <source>a reason is needed to mark an item not applicable</source>
        <translation>se necesita un motivo para marcar un elemento como no aplicable</translation>
    </message>
    <message>
        <source>a reason is needed to reopen a finalized audit</source>
        <translation>se necesita un motivo para reabrir una auditoría finalizada</translation>
    </message>
    <message>
        <source>a signing key needs the name of its owner</source>
        <translation>una clave de firma necesita el nombre de su titular</translation>
    </message>
    <message>
        <source>an action needs a description</source>
        <translation>una acción necesita una descripción</translation>
    </message>
    <message>
        <source>another key with the id {key} is already trusted (as {name}); key ids must be unique</source>
        <translation>ya se confía en otra clave con el identificador {key} (como {name}); los identificadores de clave deben ser únicos</translation>
    </message>
    <message>
        <source>answering {code} with its worst choice left the score at {percent} %</source>
        <translation>responder {code} con su peor opción dejó la puntuación en {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>audit.json in the package does not describe the audit its manifest names ({id})</source>
        <translation>el archivo audit.json del paquete no describe la auditoría que nombra su manifiesto ({id})</translation>
    </message>
    <message>
        <source>bundled framework {file} is damaged: {problem}</source>
        <translation>el marco incluido {file} está dañado: {problem}</translation>
    </message>
    <message>
        <source>cannot encrypt to {key}: it is neither a key of this installation nor a trusted signer</source>
        <translation>no se puede cifrar para {key}: no es una clave de esta instalación ni un firmante de confianza</translation>
    </message>
    <message>
        <source>cannot encrypt to {key}: that key was revoked</source>
        <translation>no se puede cifrar para {key}: esa clave fue revocada</translation>
    </message>
    <message>
        <source>cannot open the database {file}: {reason}</source>
        <translation>no se puede abrir la base de datos {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>no se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot write a copy of {file} to open it: {reason}</source>
        <translation>no se puede escribir una copia de {file} para abrirlo: {reason}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the package to {file}: {reason}</source>
        <translation>no se puede escribir el paquete en {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: permission denied (is it open in another program?)</source>
        <translation>no se puede escribir {file}: permiso denegado (¿está abierto en otro programa?)</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>conflict {id} is about {indicator}, which framework {framework} does not have</source>
        <translation>el conflicto {id} trata sobre {indicator}, que el marco {framework} no tiene</translation>
    </message>
    <message>
        <source>encryption needs at least one recipient</source>
        <translation>el cifrado necesita al menos un destinatario</translation>
    </message>
    <message>
        <source>every answer is the best choice but the score is {percent} %, not 100 %</source>
        <translation>todas las respuestas son la mejor opción pero la puntuación es {percent}&#xa0;%, no 100&#xa0;%</translation>
    </message>
    <message>
        <source>framework {framework} has no module {module} (modules: {known})</source>
        <translation>el marco {framework} no tiene el módulo {module} (módulos: {known})</translation>
    </message>
    <message>
        <source>framework {framework} is not written in {language} (languages: {known})</source>
        <translation>el marco {framework} no está redactado en {language} (idiomas: {known})</translation>
    </message>
    <message>
        <source>framework {id} has no question with a worse choice</source>
        <translation>el marco {id} no tiene ninguna pregunta con una opción peor</translation>
    </message>
    <message>
        <source>framework {id} has no scored question</source>
        <translation>el marco {id} no tiene ninguna pregunta puntuada</translation>
    </message>
    <message>
        <source>framework.json in the package is not a valid framework ({reason})</source>
        <translation>el archivo framework.json del paquete no es un marco válido ({reason})</translation>
    </message>
    <message>
        <source>framework.json in the package is not in the canonical form its hash was computed on</source>
        <translation>el archivo framework.json del paquete no está en la forma canónica sobre la que se calculó su huella</translation>
    </message>
    <message>
        <source>framework.json in the package is not the framework its manifest names (hash {hash}…)</source>
        <translation>el archivo framework.json del paquete no es el marco que nombra su manifiesto (huella {hash}…)</translation>
    </message>
    <message>
        <source>give the name of the person or office the key belongs to</source>
        <translation>indique el nombre de la persona u oficina a la que pertenece la clave</translation>
    </message>
    <message>
        <source>importing the same package twice changed the audit ({status})</source>
        <translation>importar dos veces el mismo paquete modificó la auditoría ({status})</translation>
    </message>
    <message>
        <source>invalid backup reason {reason!r}</source>
        <translation>motivo de copia de seguridad no válido {reason!r}</translation>
    </message>
    <message>
        <source>key {key} is not in the trust store</source>
        <translation>la clave {key} no está en el almacén de confianza</translation>
    </message>
    <message>
        <source>key {key} is one of this installation&apos;s own keys</source>
        <translation>la clave {key} es una de las claves propias de esta instalación</translation>
    </message>
    <message>
        <source>key {key} of {name} is already revoked (on {date})</source>
        <translation>la clave {key} de {name} ya está revocada (el {date})</translation>
    </message>
    <message>
        <source>key {key} of {name} was revoked on {date} and cannot be trusted again; ask for a new key</source>
        <translation>la clave {key} de {name} fue revocada el {date} y no puede volver a ser de confianza; pida una clave nueva</translation>
    </message>
    <message>
        <source>manifest.json.minisig holds invalid base64</source>
        <translation>manifest.json.minisig contiene base64 no válido</translation>
    </message>
    <message>
        <source>manifest.json.minisig is not a minisign signature file (four lines with untrusted and trusted comments)</source>
        <translation>manifest.json.minisig no es un archivo de firma minisign (cuatro líneas con comentarios no fiable y fiable)</translation>
    </message>
    <message>
        <source>manifest.json.minisig is not an Ed25519 minisign signature</source>
        <translation>manifest.json.minisig no es una firma minisign Ed25519</translation>
    </message>
    <message>
        <source>no audit {ref!r}</source>
        <translation>no existe la auditoría {ref!r}</translation>
    </message>
    <message>
        <source>no audit {ref!r}; give at least {n} characters of its id</source>
        <translation>no existe la auditoría {ref!r}; indique al menos {n} caracteres de su identificador</translation>
    </message>
    <message>
        <source>no backup {ref!r}; &apos;jalon backup list&apos; shows them</source>
        <translation>no existe la copia de seguridad {ref!r}; &apos;jalon backup list&apos; las muestra</translation>
    </message>
    <message>
        <source>no bundled framework was found</source>
        <translation>no se encontró ningún marco incluido</translation>
    </message>
    <message>
        <source>no bundled framework {id!r} (bundled: {known})</source>
        <translation>no hay ningún marco incluido {id!r} (incluidos: {known})</translation>
    </message>
    <message>
        <source>no conflict {ref!r}</source>
        <translation>no existe el conflicto {ref!r}</translation>
    </message>
    <message>
        <source>no conflict {ref!r}; give at least {n} characters of its id</source>
        <translation>no existe el conflicto {ref!r}; indique al menos {n} caracteres de su identificador</translation>
    </message>
    <message>
        <source>no framework {ref!r}: give a bundled framework ({known}) or an .xlsx file</source>
        <translation>no existe el marco {ref!r}: indique un marco incluido ({known}) o un archivo .xlsx</translation>
    </message>
    <message>
        <source>no signing key {key} on this installation</source>
        <translation>no hay ninguna clave de firma {key} en esta instalación</translation>
    </message>
    <message>
        <source>no system keyring is available here; protect the key with a passphrase instead</source>
        <translation>no hay ningún llavero del sistema disponible aquí; proteja la clave con una frase de contraseña</translation>
    </message>
    <message>
        <source>no system keyring to hold the key</source>
        <translation>no hay ningún llavero del sistema para guardar la clave</translation>
    </message>
    <message>
        <source>reports can be written in {known}, not {language!r}</source>
        <translation>los informes se pueden redactar en {known}, no en {language!r}</translation>
    </message>
    <message>
        <source>revision {id} in the package refers to a parent {parent} that neither the package nor this installation holds</source>
        <translation>la revisión {id} del paquete remite a un padre {parent} que ni el paquete ni esta instalación contienen</translation>
    </message>
    <message>
        <source>revision {id} of a conflict is missing from the database</source>
        <translation>falta en la base de datos la revisión {id} de un conflicto</translation>
    </message>
    <message>
        <source>revision {id} of answer {indicator} descends from a revision of another answer</source>
        <translation>la revisión {id} de la respuesta {indicator} desciende de una revisión de otra respuesta</translation>
    </message>
    <message>
        <source>revision {id} of answer {indicator} refers to a parent {parent} missing from the package</source>
        <translation>la revisión {id} de la respuesta {indicator} remite a un padre {parent} que falta en el paquete</translation>
    </message>
    <message>
        <source>signer.pub in the package is not a minisign public key</source>
        <translation>signer.pub en el paquete no es una clave pública minisign</translation>
    </message>
    <message>
        <source>signing key {key} is kept in a system keyring, and none is available here</source>
        <translation>la clave de firma {key} se guarda en un llavero del sistema y aquí no hay ninguno disponible</translation>
    </message>
    <message>
        <source>the Excel report {file} is incomplete ({rows} rows)</source>
        <translation>el informe Excel {file} está incompleto ({rows} filas)</translation>
    </message>
    <message>
        <source>the PDF report {file} is incomplete ({pages} pages)</source>
        <translation>el informe PDF {file} está incompleto ({pages} páginas)</translation>
    </message>
    <message>
        <source>the audit cannot be finalized yet: {count} item(s) need attention, first {first}</source>
        <translation>la auditoría aún no se puede finalizar: {count} elemento(s) requieren atención, primero {first}</translation>
    </message>
    <message>
        <source>the audit is not finalized</source>
        <translation>la auditoría no está finalizada</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized on this installation, and the package would change it; the package is held in quarantine until the audit is reopened</source>
        <translation>la auditoría de {institution} está finalizada en esta instalación y el paquete la modificaría; el paquete queda en cuarentena hasta que se reabra la auditoría</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; a fill-in workbook is only useful for a draft</source>
        <translation>la auditoría de {institution} está finalizada; un libro para completar solo sirve para un borrador</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before changing it</source>
        <translation>la auditoría de {institution} está finalizada; reábrala con un motivo antes de modificarla</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before resolving its conflicts</source>
        <translation>la auditoría de {institution} está finalizada; reábrala con un motivo antes de resolver sus conflictos</translation>
    </message>
    <message>
        <source>the backup could not be written in {folder}: {reason}</source>
        <translation>no se pudo escribir la copia de seguridad en {folder}: {reason}</translation>
    </message>
    <message>
        <source>the backup {name} cannot be restored: {problem}</source>
        <translation>la copia de seguridad {name} no se puede restaurar: {problem}</translation>
    </message>
    <message>
        <source>the creation time {value!r} is not a timestamp</source>
        <translation>la fecha de creación {value!r} no es una marca de tiempo</translation>
    </message>
    <message>
        <source>the database {file} cannot be opened: its folder is missing or not writable</source>
        <translation>la base de datos {file} no se puede abrir: falta su carpeta o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>the database {file} cannot use write-ahead logging (mode {mode})</source>
        <translation>la base de datos {file} no puede usar el registro de escritura anticipada (modo {mode})</translation>
    </message>
    <message>
        <source>the database {file} could not be written: {reason}</source>
        <translation>no se pudo escribir en la base de datos {file}: {reason}</translation>
    </message>
    <message>
        <source>the history of answer {indicator} in the package goes round in a circle</source>
        <translation>el historial de la respuesta {indicator} en el paquete da vueltas en círculo</translation>
    </message>
    <message>
        <source>{file} contains XML entity declarations, which spreadsheets never hold (an &apos;XML bomb&apos;, or an attempt to read other files); it was refused unread</source>
        <translation>{file} contiene declaraciones de entidades XML, que una hoja de cálculo nunca tiene (una «bomba XML» o un intento de leer otros archivos); se rechazó sin leerlo</translation>
    </message>
    <message>
        <source>the database {file} is damaged ({problem}); do not remove the medium, copy the folder and contact support</source>
        <translation>la base de datos {file} está dañada ({problem}); no retire el soporte, copie la carpeta y contacte con el soporte</translation>
    </message>
    <message>
        <source>an action of the plan is older in the package; this installation&apos;s is kept</source>
        <translation>una acción del plan es más antigua en el paquete; se conserva la de esta instalación</translation>
    </message>
    <message>
        <source>an action of the plan was removed, as it was on the package&apos;s installation</source>
        <translation>una acción del plan se retiró, como en la instalación de origen del paquete</translation>
    </message>
    <message>
        <source>an action of the plan was replaced by the more recent version from the package</source>
        <translation>una acción del plan se sustituyó por la versión más reciente del paquete</translation>
    </message>
    <message>
        <source>benchmark.json holds an impossible value at {where} (scores run from 0 to 100 in order Q1, median, Q3; counts reach the minimum group size)</source>
        <translation>benchmark.json contiene un valor imposible en {where} (los puntajes van de 0 a 100 en el orden Q1, mediana, Q3; los recuentos alcanzan el tamaño mínimo de los grupos)</translation>
    </message>
    <message>
        <source>benchmark.json is malformed at {where}: a JSON {expected} is expected there</source>
        <translation>benchmark.json está mal formado en {where}: allí se espera un valor JSON de tipo {expected}</translation>
    </message>
    <message>
        <source>give your name: it is recorded with every change you make</source>
        <translation>indique su nombre: se registra con cada cambio que hace</translation>
    </message>
    <message>
        <source>the audit is now finalized here too, with the same seal</source>
        <translation>la auditoría ahora también está finalizada aquí, con el mismo sello</translation>
    </message>
    <message>
        <source>the audit&apos;s description differs in the package; this installation&apos;s is kept</source>
        <translation>la descripción de la auditoría difiere en el paquete; se conserva la de esta instalación</translation>
    </message>
    <message>
        <source>the database {file} has a schema version no Jalon writes ({version}); it was changed outside Jalon: restore a backup or open it with the Jalon that made it</source>
        <translation>la base de datos {file} tiene una versión de esquema que ningún Jalon escribe ({version}); se modificó fuera de Jalon: restaure una copia de seguridad o ábrala con el Jalon que la creó</translation>
    </message>
    <message>
        <source>the database {file} is damaged ({problem}); no backup was made so that the good backups are kept</source>
        <translation>la base de datos {file} está dañada ({problem}); no se hizo ninguna copia de seguridad para conservar las copias buenas</translation>
    </message>
    <message>
        <source>the database {file} is damaged or not a Jalon database ({reason}); its backups can be restored from the window shown when Jalon starts, or with &apos;jalon backup restore&apos;</source>
        <translation>la base de datos {file} está dañada o no es una base de datos de Jalon ({reason}); sus copias de seguridad se pueden restaurar desde la ventana que aparece al iniciar Jalon, o con &apos;jalon backup restore&apos;</translation>
    </message>
    <message>
        <source>the database {file} is in use by another Jalon window or program; close it and try again</source>
        <translation>la base de datos {file} está en uso por otra ventana de Jalon u otro programa; ciérrelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder; nothing can be saved there. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de datos {file} está en un soporte o carpeta de solo lectura; no se puede guardar nada allí. Copie la carpeta de datos a un lugar con permiso de escritura, o ábrala con --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder; nothing was saved. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de datos {file} está en un soporte o carpeta de solo lectura; no se guardó nada. Copie la carpeta de datos a un lugar con permiso de escritura, o ábrala con --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is still open in another Jalon window or program; close it, then prepare for removal again</source>
        <translation>la base de datos {file} sigue abierta en otra ventana de Jalon u otro programa; ciérrelo y vuelva a preparar la extracción</translation>
    </message>
    <message>
        <source>the database {file} was replaced by another file while Jalon was using it; nothing was saved. Restart Jalon to open the new file</source>
        <translation>la base de datos {file} fue reemplazada por otro archivo mientras Jalon la usaba; no se guardó nada. Reinicie Jalon para abrir el archivo nuevo</translation>
    </message>
    <message>
        <source>the database {file} was written by a newer version of Jalon (it has schema change {change}); update Jalon to open it</source>
        <translation>la base de datos {file} fue escrita por una versión más reciente de Jalon (tiene el cambio de esquema {change}); actualice Jalon para abrirla</translation>
    </message>
    <message>
        <source>the decrypted package is larger than {limit} MB</source>
        <translation>el paquete descifrado supera los {limit} MB</translation>
    </message>
    <message>
        <source>the disk holding {file} is full; nothing was saved. Free some space and try again</source>
        <translation>el disco que contiene {file} está lleno; no se guardó nada. Libere espacio e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; the backup was not made</source>
        <translation>el disco que contiene {folder} está lleno; no se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>the drive holding {file} reported a read or write error (unplugged, failing or network drive?); nothing was saved. Check the drive and try again</source>
        <translation>la unidad que contiene {file} informó un error de lectura o escritura (¿desconectada, defectuosa o de red?); no se guardó nada. Revise la unidad e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the encrypted package is damaged and cannot be decrypted ({reason})</source>
        <translation>el paquete cifrado está dañado y no se puede descifrar ({reason})</translation>
    </message>
    <message>
        <source>the evidence file {file} is missing</source>
        <translation>falta el archivo de evidencia {file}</translation>
    </message>
    <message>
        <source>the files in the package add up to more than {limit} MB</source>
        <translation>los archivos del paquete suman más de {limit} MB</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>the framework of audit {id} is missing from the database</source>
        <translation>falta en la base de datos el marco de la auditoría {id}</translation>
    </message>
    <message>
        <source>the imported audit scores differently from the exported one</source>
        <translation>la auditoría importada no tiene la misma puntuación que la exportada</translation>
    </message>
    <message>
        <source>the imported audit&apos;s answers differ from the exported ones</source>
        <translation>las respuestas de la auditoría importada difieren de las exportadas</translation>
    </message>
    <message>
        <source>the institution name is required</source>
        <translation>el nombre de la institución es obligatorio</translation>
    </message>
    <message>
        <source>the key file {file} cannot be read: {reason}</source>
        <translation>no se puede leer el archivo de clave {file}: {reason}</translation>
    </message>
    <message>
        <source>the key file {file} does not match its keyring entry</source>
        <translation>el archivo de clave {file} no coincide con su entrada del llavero</translation>
    </message>
    <message>
        <source>the key file {file} holds another key</source>
        <translation>el archivo de clave {file} contiene otra clave</translation>
    </message>
    <message>
        <source>the key file {file} is damaged</source>
        <translation>el archivo de clave {file} está dañado</translation>
    </message>
    <message>
        <source>the key file {file} is missing</source>
        <translation>falta el archivo de clave {file}</translation>
    </message>
    <message>
        <source>the key file {file} was written by a newer Jalon</source>
        <translation>el archivo de clave {file} fue escrito por una versión más reciente de Jalon</translation>
    </message>
    <message>
        <source>the key would expire ({until}) before it becomes valid ({start})</source>
        <translation>la clave caducaría ({until}) antes de ser válida ({start})</translation>
    </message>
    <message>
        <source>the keyring entry for signing key {key} is damaged</source>
        <translation>la entrada del llavero para la clave de firma {key} está dañada</translation>
    </message>
    <message>
        <source>the manifest names framework {id} {version}, but framework.json is {actual}</source>
        <translation>el manifiesto nombra el marco {id} {version}, pero framework.json es {actual}</translation>
    </message>
    <message>
        <source>the package answers {indicator}, which framework {framework} does not have</source>
        <translation>el paquete responde a {indicator}, que el marco {framework} no tiene</translation>
    </message>
    <message>
        <source>the package changes revision {id} of answer {indicator}, which this installation already holds with other content; history is never rewritten</source>
        <translation>el paquete modifica la revisión {id} de la respuesta {indicator}, que esta instalación ya tiene con otro contenido; el historial nunca se reescribe</translation>
    </message>
    <message>
        <source>the package claims key {key} of {name}, but its public key is not the one trusted under that id</source>
        <translation>el paquete dice usar la clave {key} de {name}, pero su clave pública no es la de confianza con ese identificador</translation>
    </message>
    <message>
        <source>the package could not be encrypted: {reason}</source>
        <translation>no se pudo cifrar el paquete: {reason}</translation>
    </message>
    <message>
        <source>the package has no {name}</source>
        <translation>el paquete no tiene {name}</translation>
    </message>
    <message>
        <source>the package holds a link ({name}); a package holds only plain files</source>
        <translation>el paquete contiene un enlace ({name}); un paquete solo contiene archivos normales</translation>
    </message>
    <message>
        <source>the package holds a password-protected entry ({name})</source>
        <translation>el paquete contiene una entrada protegida con contraseña ({name})</translation>
    </message>
    <message>
        <source>the package holds an entry that climbs out of its folder ({name})</source>
        <translation>el paquete contiene una entrada que sale de su carpeta ({name})</translation>
    </message>
    <message>
        <source>the package holds an entry with an absolute path ({name}); a package never does</source>
        <translation>el paquete contiene una entrada con una ruta absoluta ({name}); un paquete nunca la tiene</translation>
    </message>
    <message>
        <source>the package holds audit {found}, not {expected}</source>
        <translation>el paquete contiene la auditoría {found}, no {expected}</translation>
    </message>
    <message>
        <source>the package holds {count} files, more than {limit}</source>
        <translation>el paquete contiene {count} archivos, más de {limit}</translation>
    </message>
    <message>
        <source>the package holds {name} twice</source>
        <translation>el paquete contiene dos veces {name}</translation>
    </message>
    <message>
        <source>the package holds {name}, which no Jalon package has</source>
        <translation>el paquete contiene {name}, que ningún paquete de Jalon tiene</translation>
    </message>
    <message>
        <source>the package holds {path}, which its manifest does not list (added after signing?)</source>
        <translation>el paquete contiene {path}, que su manifiesto no enumera (¿añadido después de la firma?)</translation>
    </message>
    <message>
        <source>the package holds {path}, which no evidence entry uses</source>
        <translation>el paquete contiene {path}, que ninguna evidencia usa</translation>
    </message>
    <message>
        <source>the package is damaged or incomplete (was the copy cut short?): {reason}</source>
        <translation>el paquete está dañado o incompleto (¿se interrumpió la copia?): {reason}</translation>
    </message>
    <message>
        <source>the package is damaged: {name} cannot be read ({reason})</source>
        <translation>el paquete está dañado: no se puede leer {name} ({reason})</translation>
    </message>
    <message>
        <source>the package is damaged: {name} does not have the size its zip entry declares</source>
        <translation>el paquete está dañado: {name} no tiene el tamaño que declara su entrada zip</translation>
    </message>
    <message>
        <source>the package is encrypted and this installation has no key to open it</source>
        <translation>el paquete está cifrado y esta instalación no tiene ninguna clave para abrirlo</translation>
    </message>
    <message>
        <source>the package is encrypted for other recipients; none of this installation&apos;s keys can open it</source>
        <translation>el paquete está cifrado para otros destinatarios; ninguna clave de esta instalación puede abrirlo</translation>
    </message>
    <message>
        <source>the package is signed by key {key} of {name}, revoked on {date} ({reason})</source>
        <translation>el paquete está firmado con la clave {key} de {name}, revocada el {date} ({reason})</translation>
    </message>
    <message>
        <source>the package is {size} MB, more than the {limit} MB a package may hold</source>
        <translation>el paquete ocupa {size} MB, más de los {limit} MB que puede tener un paquete</translation>
    </message>
    <message>
        <source>the package lacks the evidence file {name} that audit.json lists</source>
        <translation>al paquete le falta el archivo de evidencia {name} que enumera audit.json</translation>
    </message>
    <message>
        <source>the package lacks {path}, which its manifest lists</source>
        <translation>al paquete le falta {path}, que enumera su manifiesto</translation>
    </message>
    <message>
        <source>the package says the audit is finalized, but its content does not match the finalization seal</source>
        <translation>el paquete indica que la auditoría está finalizada, pero su contenido no coincide con el sello de finalización</translation>
    </message>
    <message>
        <source>the package uses format version {version}, newer than this Jalon understands ({known}); update Jalon to read it</source>
        <translation>el paquete usa la versión de formato {version}, más reciente que las que entiende este Jalon ({known}); actualice Jalon para leerlo</translation>
    </message>
    <message>
        <source>the package verification process did not start; details are in the log file</source>
        <translation>el proceso de verificación de paquetes no se inició; los detalles están en el archivo de registro</translation>
    </message>
    <message>
        <source>the package was signed on {signed}, after key {key} of {name} expired ({valid})</source>
        <translation>el paquete se firmó el {signed}, después de que caducara la clave {key} de {name} ({valid})</translation>
    </message>
    <message>
        <source>the package was signed on {signed}, before key {key} of {name} became valid ({valid})</source>
        <translation>el paquete se firmó el {signed}, antes de que la clave {key} de {name} fuera válida ({valid})</translation>
    </message>
    <message>
        <source>the package written to {file} cannot be read back: {reason}</source>
        <translation>el paquete escrito en {file} no se puede volver a leer: {reason}</translation>
    </message>
    <message>
        <source>the package written to {file} reads back differently (the disk or stick may be failing); it was removed — try another place</source>
        <translation>el paquete escrito en {file} se lee de otra manera (el disco o la memoria pueden estar fallando); se eliminó — pruebe otro lugar</translation>
    </message>
    <message>
        <source>the package&apos;s installation finalized this audit, but this one has changes it lacked, so the audit stays a draft here</source>
        <translation>la instalación de origen del paquete finalizó esta auditoría, pero esta tiene cambios que le faltaban, así que la auditoría sigue siendo un borrador aquí</translation>
    </message>
    <message>
        <source>the package&apos;s signature, signer.pub and manifest do not name the same key ({a}, {b}, {c})</source>
        <translation>la firma, signer.pub y el manifiesto del paquete no nombran la misma clave ({a}, {b}, {c})</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>el período termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>the public key is not a minisign Ed25519 public key</source>
        <translation>la clave pública no es una clave pública minisign Ed25519</translation>
    </message>
    <message>
        <source>the public key is not valid base64</source>
        <translation>la clave pública no es base64 válido</translation>
    </message>
    <message>
        <source>the report font {file} is missing or damaged; reinstall Jalon</source>
        <translation>la fuente del informe {file} falta o está dañada; reinstale Jalon</translation>
    </message>
    <message>
        <source>the second installation did not accept the package: {reason}</source>
        <translation>la segunda instalación no aceptó el paquete: {reason}</translation>
    </message>
    <message>
        <source>the secret key data has the wrong length</source>
        <translation>los datos de la clave secreta no tienen la longitud correcta</translation>
    </message>
    <message>
        <source>the signature does not match the manifest: manifest.json was changed after signing, or the signature was not made by key {key}</source>
        <translation>la firma no coincide con el manifiesto: manifest.json se modificó después de firmar, o la firma no se hizo con la clave {key}</translation>
    </message>
    <message>
        <source>the signed comment does not name this package and audit; the signature belongs to another package</source>
        <translation>el comentario firmado no nombra este paquete y esta auditoría; la firma pertenece a otro paquete</translation>
    </message>
    <message>
        <source>the system keyring could not be read: {reason}</source>
        <translation>no se pudo leer el llavero del sistema: {reason}</translation>
    </message>
    <message>
        <source>the system keyring has no entry for signing key {key}; the key cannot be unlocked on this account</source>
        <translation>el llavero del sistema no tiene ninguna entrada para la clave de firma {key}; la clave no se puede desbloquear en esta cuenta</translation>
    </message>
    <message>
        <source>the system keyring refused to store the key: {reason}</source>
        <translation>el llavero del sistema se negó a guardar la clave: {reason}</translation>
    </message>
    <message>
        <source>the workbook was not imported: {count} problem(s) listed above; nothing was changed</source>
        <translation>el libro no se importó: {count} problema(s) indicados arriba; no se modificó nada</translation>
    </message>
    <message>
        <source>the workbook was not imported: {count} problem(s); the first: {first}</source>
        <translation>el libro no se importó: {count} problema(s); el primero: {first}</translation>
    </message>
    <message>
        <source>there is no audit to export</source>
        <translation>no hay ninguna auditoría para exportar</translation>
    </message>
    <message>
        <source>there is no database to back up at {file}</source>
        <translation>no hay ninguna base de datos para respaldar en {file}</translation>
    </message>
    <message>
        <source>there is no good backup to restore in {folder}</source>
        <translation>no hay ninguna copia de seguridad válida para restaurar en {folder}</translation>
    </message>
    <message>
        <source>this computer&apos;s clock says {now}, before {earliest}: a new audit and its institution record would carry that date, and other installations would refuse their packages; set the date and time, then create the audit again</source>
        <translation>el reloj de este ordenador indica {now}, antes del {earliest}: una nueva auditoría y el registro de su institución llevarían esa fecha, y las demás instalaciones rechazarían sus paquetes; ajuste la fecha y la hora y vuelva a crear la auditoría</translation>
    </message>
    <message>
        <source>this conflict is no longer open (a newer change or a resolution from another installation changed it); list the conflicts again</source>
        <translation>este conflicto ya no está abierto (un cambio más reciente o una resolución de otra instalación lo modificó); vuelva a listar los conflictos</translation>
    </message>
    <message>
        <source>this file is not a Jalon package (it is not a zip archive)</source>
        <translation>este archivo no es un paquete de Jalon (no es un archivo zip)</translation>
    </message>
    <message>
        <source>this is not a Jalon audit package: its manifest does not declare the format {name}</source>
        <translation>no es un paquete de auditoría de Jalon: su manifiesto no declara el formato {name}</translation>
    </message>
    <message>
        <source>unexpected problem ({kind}: {detail}); details are in the log file</source>
        <translation>problema inesperado ({kind}: {detail}); los detalles están en el archivo de registro</translation>
    </message>
    <message>
        <source>unknown key protection {name!r}</source>
        <translation>protección de clave desconocida {name!r}</translation>
    </message>
    <message>
        <source>wrong passphrase for signing key {key}</source>
        <translation>frase de contraseña incorrecta para la clave de firma {key}</translation>
    </message>
    <message>
        <source>{author} has no signing key yet; create one with &apos;jalon keys new&apos;</source>
        <translation>{author} aún no tiene clave de firma; cree una con &apos;jalon keys new&apos;</translation>
    </message>
    <message>
        <source>{code} has two conflicting answers from different sites; resolve the conflict first</source>
        <translation>{code} tiene dos respuestas contradictorias de sitios distintos; resuelva primero el conflicto</translation>
    </message>
    <message>
        <source>{code} is a note and takes no answer</source>
        <translation>{code} es una nota y no admite respuesta</translation>
    </message>
    <message>
        <source>{code} is mandatory and has no answer</source>
        <translation>{code} es obligatoria y no tiene respuesta</translation>
    </message>
    <message>
        <source>{code} needs a finite number</source>
        <translation>{code} necesita un número finito</translation>
    </message>
    <message>
        <source>{code} needs a number, not {value!r}</source>
        <translation>{code} necesita un número, no {value!r}</translation>
    </message>
    <message>
        <source>{code} needs a whole number, not {value}</source>
        <translation>{code} necesita un número entero, no {value}</translation>
    </message>
    <message>
        <source>{code}: the answer {value} breaks the rule {rule}</source>
        <translation>{code}: la respuesta {value} incumple la regla {rule}</translation>
    </message>
    <message>
        <source>{code}: the value {value} is not accepted (rule: {rule})</source>
        <translation>{code}: el valor {value} no se acepta (regla: {rule})</translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation>{code}: {message}</translation>
    </message>
    <message>
        <source>{code}: {typed!r} is not a valid answer ({problem}); correct it</source>
        <translation>{code}: {typed!r} no es una respuesta válida ({problem}); corríjala</translation>
    </message>
    <message>
        <source>{code}: {value!r} was kept as typed; confirm it by saving it again</source>
        <translation>{code}: {value!r} se guardó tal como se escribió; confírmelo guardándolo de nuevo</translation>
    </message>
    <message>
        <source>{count} answers were not stored (first: {code})</source>
        <translation>{count} respuestas no se guardaron (primera: {code})</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} no se puede leer como libro de Excel (.xlsx): {reason}</translation>
    </message>
    <message>
        <source>{file} changed since it was previewed; preview it again</source>
        <translation>{file} cambió desde la vista previa; vuelva a generarla</translation>
    </message>
    <message>
        <source>{file} changed while it was being merged; merge it again</source>
        <translation>{file} cambió mientras se fusionaba; vuelva a fusionarlo</translation>
    </message>
    <message>
        <source>{file} expands to {size} MB, far more than a workbook Jalon writes; it was refused unread</source>
        <translation>{file} ocupa {size} MB al descomprimirse, mucho más que un libro escrito por Jalon; se rechazó sin leerlo</translation>
    </message>
    <message>
        <source>{file} has {count} error(s); run &apos;jalon framework validate {file}&apos; to see them</source>
        <translation>{file} tiene {count} error(es); ejecute &apos;jalon framework validate {file}&apos; para verlos</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is neither a question or practice of the audit&apos;s framework nor one that the audit&apos;s upgrade from an earlier version records</source>
        <translation>{file} en el paquete no es válido: {where}.target es {target}, que no es una pregunta ni una práctica del marco de la auditoría, ni una de las que registra la actualización de la auditoría desde una versión anterior</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, before {earliest}; no record Jalon keeps is that old</source>
        <translation>{file} en el paquete no es válido: {where}.{field} es {value}, anterior al {earliest}; ningún registro que guarda Jalon es tan antiguo</translation>
    </message>
    <message>
        <source>{file} is not a Jalon key file</source>
        <translation>{file} no es un archivo de clave de Jalon</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook (it is not a zip container)</source>
        <translation>{file} no es un libro .xlsx (no es un contenedor zip)</translation>
    </message>
    <message>
        <source>{file}: an item has neither &apos;group&apos; nor &apos;question&apos;: {item}</source>
        <translation>{file}: un elemento no tiene ni &apos;group&apos; ni &apos;question&apos;: {item}</translation>
    </message>
    <message>
        <source>{file}: question {name} uses unknown choice list {list}</source>
        <translation>{file}: la pregunta {name} usa una lista de opciones desconocida {list}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{folder} cannot be written (read-only medium or no permission); the backup was not made</source>
        <translation>no se puede escribir en {folder} (soporte de solo lectura o sin permiso); no se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>{label} {value!r} is not a date written YYYY-MM-DD</source>
        <translation>{label} {value!r} no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{name} (key {key}) is trusted only for {scope}, not for {institution}</source>
        <translation>{name} (clave {key}) es de confianza solo para {scope}, no para {institution}</translation>
    </message>
    <message>
        <source>{name} in the package expands {ratio} times when unpacked: this is how zip bombs work, so the package is refused</source>
        <translation>{name} en el paquete crece {ratio} veces al descomprimirse: así funcionan las bombas zip, por lo que el paquete se rechaza</translation>
    </message>
    <message>
        <source>{name} in the package is {size} MB, more than the {limit} MB allowed</source>
        <translation>{name} en el paquete ocupa {size} MB, más de los {limit} MB permitidos</translation>
    </message>
    <message>
        <source>{name} in the package uses a compression method Jalon does not read</source>
        <translation>{name} en el paquete usa un método de compresión que Jalon no lee</translation>
    </message>
    <message>
        <source>{path} in the package does not hold the content its name promises</source>
        <translation>{path} en el paquete no contiene lo que su nombre promete</translation>
    </message>
    <message>
        <source>{path} in the package does not match the SHA-256 in its signed manifest: it was changed after signing</source>
        <translation>{path} en el paquete no coincide con el SHA-256 de su manifiesto firmado: se modificó después de la firma</translation>
    </message>
    <message>
        <source>{path} in the package is {actual} bytes, but the signed manifest says {size}: it was changed after signing</source>
        <translation>{path} en el paquete tiene {actual} bytes, pero el manifiesto firmado indica {size}: se modificó después de la firma</translation>
    </message>
    <message>
        <source>{recipient!r} is not a valid encryption recipient: {reason}</source>
        <translation>{recipient!r} no es un destinatario de cifrado válido: {reason}</translation>
    </message>
    <message>
        <source>{recipient!r} is not an encryption recipient: give a key id, an age key (age1…) or an ssh-ed25519 key</source>
        <translation>{recipient!r} no es un destinatario de cifrado: indique un identificador de clave, una clave age (age1…) o una clave ssh-ed25519</translation>
    </message>
    <message>
        <source>{ref!r} is not a question of framework {framework}</source>
        <translation>{ref!r} no es una pregunta del marco {framework}</translation>
    </message>
    <message>
        <source>{ref!r} is not part of framework {framework}</source>
        <translation>{ref!r} no forma parte del marco {framework}</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} audits; give more of the id</source>
        <translation>{ref!r} coincide con {count} auditorías; indique más caracteres del identificador</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} conflicts; give more of the id</source>
        <translation>{ref!r} coincide con {count} conflictos; indique más caracteres del identificador</translation>
    </message>
    <message>
        <source>{text!r} is not a key id (16 hexadecimal digits)</source>
        <translation>{text!r} no es un identificador de clave (16 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; choose one of: {choices}</source>
        <translation>{value!r} no es una opción de {code}; elija una de: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; expected one of: {choices}</source>
        <translation>{value!r} no es una opción de {code}; se esperaba una de: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; expected some of: {choices}</source>
        <translation>{value!r} no es una opción de {code}; se esperaba alguna de: {choices}</translation>
    </message>
    <message>
        <source>question {code} appears twice (rows {first} and {second})</source>
        <translation>la pregunta {code} aparece dos veces (filas {first} y {second})</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before importing answers</source>
        <translation>la auditoría de {institution} está finalizada; reábrala indicando un motivo antes de importar respuestas</translation>
    </message>
    <message>
        <source>the code {found!r} does not match the question of this row ({expected}); codes must not be changed</source>
        <translation>el código {found!r} no corresponde a la pregunta de esta fila ({expected}); los códigos no deben modificarse</translation>
    </message>
    <message>
        <source>the column should be headed {expected!r} but is {found!r}; columns must not be moved, added or removed</source>
        <translation>la columna debería titularse {expected!r} pero se titula {found!r}; las columnas no deben moverse, añadirse ni eliminarse</translation>
    </message>
    <message>
        <source>the database {file} has disappeared (its folder was deleted or moved, or the drive was removed) and cannot be recreated there; nothing more can be saved. What is on screen is kept: put the folder or drive back, then try again or restart Jalon</source>
        <translation>la base de datos {file} ha desaparecido (su carpeta se eliminó o movió, o se retiró la unidad) y no se puede volver a crear allí; no se puede guardar nada más. Lo que está en pantalla se conserva: vuelva a colocar la carpeta o la unidad y inténtelo de nuevo o reinicie Jalon</translation>
    </message>
    <message>
        <source>the package is signed by {name} (key {key}), who is not in this installation&apos;s trust store; if you know them, add their public key to the trust store first</source>
        <translation>el paquete está firmado por {name} (clave {key}), que no figura en el almacén de confianza de esta instalación; si lo conoce, añada primero su clave pública al almacén de confianza</translation>
    </message>
    <message>
        <source>the sheet {name!r} is missing: it was renamed or deleted, or this is not the workbook Jalon exported</source>
        <translation>falta la hoja {name!r}: se cambió su nombre o se eliminó, o este no es el libro que exportó Jalon</translation>
    </message>
    <message>
        <source>this is not a Jalon fill-in workbook (its hidden sheet {name} is missing); export one with &apos;Fill-in workbook&apos; first</source>
        <translation>este no es un libro para completar de Jalon (falta su hoja oculta {name}); exporte primero uno con «Libro para completar»</translation>
    </message>
    <message>
        <source>this row has no question key: rows must not be added</source>
        <translation>esta fila no tiene clave de pregunta: no deben añadirse filas</translation>
    </message>
    <message>
        <source>this workbook belongs to another audit ({other}, {institution}), not to the audit of {target}</source>
        <translation>este libro pertenece a otra auditoría ({other}, {institution}), no a la auditoría de {target}</translation>
    </message>
    <message>
        <source>this workbook was made by another version of Jalon (format {found}, expected {expected})</source>
        <translation>este libro fue creado por otra versión de Jalon (formato {found}, se esperaba {expected})</translation>
    </message>
    <message>
        <source>this workbook was made with another version of the framework ({version}); export a new workbook</source>
        <translation>este libro se creó con otra versión del marco de referencia ({version}); exporte un libro nuevo</translation>
    </message>
    <message>
        <source>unknown question key {key!r}: the row was changed or does not come from this audit</source>
        <translation>clave de pregunta desconocida {key!r}: la fila se modificó o no proviene de esta auditoría</translation>
    </message>
    <message>
        <source>{code} has both an answer and a reason for N/A; keep only one</source>
        <translation>{code} tiene a la vez una respuesta y un motivo de «no aplica»; conserve solo uno</translation>
    </message>
    <message>
        <source>{code}: the value {value} is not accepted: {rule}</source>
        <translation>{code}: el valor {value} no se acepta: {rule}</translation>
    </message>
    <message>
        <source>the package&apos;s audit {id} is the audit of {theirs}, but this installation&apos;s audit {id} is the audit of {ours}; the package is held in quarantine for a person to decide</source>
        <translation>la auditoría {id} del paquete es la de {theirs}, pero la auditoría {id} de esta instalación es la de {ours}; el paquete queda en cuarentena para que una persona decida</translation>
    </message>
    <message>
        <source>the package&apos;s audit {id} uses another framework ({theirs}…) than this installation&apos;s copy ({ours}…); the package is held in quarantine for a person to decide</source>
        <translation>la auditoría {id} del paquete usa otro marco de referencia ({theirs}…) que la copia de esta instalación ({ours}…); el paquete queda en cuarentena para que una persona decida</translation>
    </message>
    <message>
        <source>framework {id} has no version {version} here (versions: {known})</source>
        <translation>el marco de referencia {id} no tiene versión {version} aquí (versiones: {known})</translation>
    </message>
    <message>
        <source>audit.json in the package lists review record {id} twice</source>
        <translation>audit.json en el paquete contiene dos veces el registro de revisión {id}</translation>
    </message>
    <message>
        <source>audit.json in the package lists revision {id} twice</source>
        <translation>audit.json en el paquete contiene dos veces la revisión {id}</translation>
    </message>
    <message>
        <source>framework {id} version {version} is already {where} with another content (hash {hash}…); a changed framework needs a new version number</source>
        <translation>el marco de referencia {id} versión {version} ya está presente ({where}) con otro contenido (huella {hash}…); un marco modificado necesita un nuevo número de versión</translation>
    </message>
    <message>
        <source>no version {version} of framework {id} is bundled (bundled: {known})</source>
        <translation>ninguna versión {version} del marco de referencia {id} viene con Jalon (incluidas: {known})</translation>
    </message>
    <message>
        <source>sheet {sheet}: {reason}</source>
        <translation>hoja {sheet}: {reason}</translation>
    </message>
    <message>
        <source>the audit already uses {framework} {version}</source>
        <translation>la auditoría ya usa {framework} {version}</translation>
    </message>
    <message>
        <source>the audit has {count} answer(s) in conflict; resolve them before upgrading</source>
        <translation>la auditoría tiene {count} respuesta(s) en conflicto; resuélvalas antes de actualizarla</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; a finalized audit keeps the framework it was made with (reopen it with a reason first)</source>
        <translation>la auditoría de {institution} está finalizada; una auditoría finalizada conserva el marco con el que se hizo (reábrala primero indicando un motivo)</translation>
    </message>
    <message>
        <source>the audits use versions {old} and {new} of {framework}, and {new} holds no crosswalk from {old}; export them separately so that their answers are not mixed</source>
        <translation>las auditorías usan las versiones {old} y {new} de {framework}, y {new} no contiene tabla de correspondencia desde {old}; expórtelas por separado para no mezclar sus respuestas</translation>
    </message>
    <message>
        <source>the crosswalk has no row for {code}; its answer is no longer assessed</source>
        <translation>la tabla de correspondencia no tiene fila para {code}; su respuesta ya no se evalúa</translation>
    </message>
    <message>
        <source>the crosswalk to {framework} {version} is incomplete: {problem} ({count} problem(s))</source>
        <translation>la tabla de correspondencia hacia {framework} {version} está incompleta: {problem} ({count} problema(s))</translation>
    </message>
    <message>
        <source>the database {file} is a folder or a device, not a file: move it away or choose another data folder with --data-dir</source>
        <translation>la base de datos {file} es una carpeta o un dispositivo, no un archivo: muévalo a otro lugar o elija otra carpeta de datos con --data-dir</translation>
    </message>
    <message>
        <source>the database {file} was written by a newer version of Jalon (schema version {version}; this one knows up to {known}); update Jalon to open it</source>
        <translation>la base de datos {file} fue escrita por una versión más reciente de Jalon (versión de esquema {version}; esta conoce hasta la {known}); actualice Jalon para abrirla</translation>
    </message>
    <message>
        <source>the evidence file {name} is {actual} bytes, but audit.json says {size}</source>
        <translation>el archivo de evidencia {name} tiene {actual} bytes, pero audit.json indica {size}</translation>
    </message>
    <message>
        <source>the installed framework {file} cannot be read ({reason}); install it again</source>
        <translation>el marco de referencia instalado {file} no se puede leer ({reason}); vuelva a instalarlo</translation>
    </message>
    <message>
        <source>the package comes from an installation that has not upgraded the audit; its answers join the history, and those to questions of the earlier version stay there as no longer assessed</source>
        <translation>el paquete viene de una instalación que no actualizó la auditoría; sus respuestas se suman al historial, y las de preguntas de la versión anterior quedan allí como ya no evaluadas</translation>
    </message>
    <message>
        <source>the package has {count} bytes after the end of its zip archive (added after it was written?)</source>
        <translation>el paquete tiene {count} bytes después del final de su archivo zip (¿añadidos después de escribirlo?)</translation>
    </message>
    <message>
        <source>the package has {count} bytes before the start of its zip archive (added after it was written?)</source>
        <translation>el paquete tiene {count} bytes antes del inicio de su archivo zip (¿añadidos después de escribirlo?)</translation>
    </message>
    <message>
        <source>the package manifest is invalid: &apos;created_at&apos; is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>el manifiesto del paquete no es válido: «created_at» es {value}, no una hora UTC escrita AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>the package says it was signed on {signed}, later than this computer&apos;s clock allows ({now}); a signing time in the future cannot be true</source>
        <translation>el paquete dice que se firmó el {signed}, más tarde de lo que permite el reloj de esta computadora ({now}); una fecha de firma en el futuro no puede ser cierta</translation>
    </message>
    <message>
        <source>the package&apos;s installation upgraded the audit to a newer version of its framework; the audit uses that version here too</source>
        <translation>la instalación de origen del paquete actualizó la auditoría a una versión más reciente de su marco; la auditoría usa también esa versión aquí</translation>
    </message>
    <message>
        <source>the tidy export is written as {known}, not {kind!r}</source>
        <translation>la exportación en tablas se escribe como {known}, no como {kind!r}</translation>
    </message>
    <message>
        <source>this installation has no folder for installed frameworks</source>
        <translation>esta instalación no tiene carpeta para los marcos de referencia instalados</translation>
    </message>
    <message>
        <source>{code} answered {value}, but {target} keeps {kept}; {target} is flagged for review</source>
        <translation>{code} tenía la respuesta {value}, pero {target} conserva {kept}; {target} queda marcada para revisión</translation>
    </message>
    <message>
        <source>{code} continues as {target} ({relation})</source>
        <translation>{code} continúa como {target} ({relation})</translation>
    </message>
    <message>
        <source>{code} gave the same answer as {target}; both are now {target}</source>
        <translation>{code} tenía la misma respuesta que {target}; ambas son ahora {target}</translation>
    </message>
    <message>
        <source>{code} is carried to {target} ({relation})</source>
        <translation>{code} se traslada a {target} ({relation})</translation>
    </message>
    <message>
        <source>{code} is retired in {version}; its answer is no longer assessed</source>
        <translation>{code} se retira en la versión {version}; su respuesta ya no se evalúa</translation>
    </message>
    <message>
        <source>{code} is worked out from other answers and takes no answer</source>
        <translation>{code} se calcula a partir de otras respuestas y no admite respuesta</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} does not fit {target}&apos;s type; not carried</source>
        <translation>la respuesta {value!r} de {code} no corresponde al tipo de {target}; no se traslada</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} is not a choice of {target}; not carried</source>
        <translation>la respuesta {value!r} de {code} no es una opción de {target}; no se traslada</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} is not a whole number as {target} needs; not carried</source>
        <translation>la respuesta {value!r} de {code} no es un número entero como exige {target}; no se traslada</translation>
    </message>
    <message>
        <source>{code}: {value} is not offered given the other answers of the workbook</source>
        <translation>{code}: {value} no se ofrece dadas las demás respuestas del libro</translation>
    </message>
    <message>
        <source>{file} in the package holds the key {key!r} twice in one object, at {path}: a reader could take either</source>
        <translation>{file} en el paquete contiene dos veces la clave {key!r} en un mismo objeto, en {path}: un lector podría tomar cualquiera de las dos</translation>
    </message>
    <message>
        <source>{file} in the package holds {value}, which is not a JSON number</source>
        <translation>{file} en el paquete contiene {value}, que no es un número JSON</translation>
    </message>
    <message>
        <source>{file} in the package holds, at {path}, a control character that no text may hold</source>
        <translation>{file} en el paquete contiene, en {path}, un carácter de control que ningún texto puede contener</translation>
    </message>
    <message>
        <source>{file} in the package holds, at {path}, half of a character (a lone UTF-16 surrogate) that no text may hold</source>
        <translation>{file} en el paquete contiene, en {path}, medio carácter (un sustituto UTF-16 aislado) que ningún texto puede contener</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.value is {value}, but question {indicator} takes {expected}</source>
        <translation>{file} en el paquete no es válido: {where}.value es {value}, pero la pregunta {indicator} admite {expected}</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, before the audit was created ({created})</source>
        <translation>{file} en el paquete no es válido: {where}.{field} es {value}, anterior a la creación de la auditoría ({created})</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, later than the package was signed ({signed})</source>
        <translation>{file} en el paquete no es válido: {where}.{field} es {value}, posterior a la firma del paquete ({signed})</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>{file} en el paquete no es válido: {where}.{field} es {value}, no una hora UTC escrita AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>{file} in the package is not valid JSON ({reason})</source>
        <translation>{file} en el paquete no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>{file} is an old-format .xls workbook that could not be read ({reason}); open it in a spreadsheet program and save it as .xlsx</source>
        <translation>{file} es un libro .xls de formato antiguo que no se pudo leer ({reason}); ábralo en una hoja de cálculo y guárdelo como .xlsx</translation>
    </message>
    <message>
        <source>{file} is not a readable Jalon export record ({reason}); remove it to start a new export in this folder</source>
        <translation>{file} no es un registro de exportación de Jalon legible ({reason}); elimínelo para empezar una nueva exportación en esta carpeta</translation>
    </message>
    <message>
        <source>{file} was written by another version of Jalon (record version {version}); export to a new folder</source>
        <translation>{file} lo escribió otra versión de Jalon (versión del registro {version}); exporte a una carpeta nueva</translation>
    </message>
    <message>
        <source>{file}: no source folder beside {folder} holds {id} version {version}</source>
        <translation>{file}: ninguna carpeta de fuentes junto a {folder} contiene {id} versión {version}</translation>
    </message>
    <message>
        <source>{folder} holds a {held} export; export it as {held} too, or choose another folder</source>
        <translation>{folder} contiene una exportación {held}; exporte también como {held}, o elija otra carpeta</translation>
    </message>
    <message>
        <source>{folder} is a file; the tidy export needs a folder</source>
        <translation>{folder} es un archivo; la exportación tabular necesita una carpeta</translation>
    </message>
    <message>
        <source>{framework} {version} has no module {module}, which the audit uses</source>
        <translation>{framework} {version} no tiene el módulo {module}, que la auditoría usa</translation>
    </message>
    <message>
        <source>{framework} {version} holds no crosswalk from {old} {old_version}, so the answers cannot be carried over</source>
        <translation>{framework} {version} no contiene tabla de correspondencia desde {old} {old_version}: las respuestas no se pueden trasladar</translation>
    </message>
    <message>
        <source>{name} (key {key}) is trusted only for {scope}, but audit {id} is, on this installation, the audit of {ours} (the package says {theirs}); the package is held in quarantine for a person to decide</source>
        <translation>{name} (clave {key}) solo es de confianza para {scope}, pero la auditoría {id} es, en esta instalación, la de {ours} (el paquete indica {theirs}); el paquete queda en cuarentena para que una persona decida</translation>
    </message>
    <message>
        <source>{value!r} is not offered for {code} given the earlier answers; expected {choices}</source>
        <translation>{value!r} no se ofrece para {code} según las respuestas anteriores; se esperaba: {choices}</translation>
    </message>
    <message>
        <source>{code}: the answer {value} is no longer offered given the earlier answers; choose again</source>
        <translation>{code}: la respuesta {value} ya no se ofrece dadas las respuestas anteriores; elija de nuevo</translation>
    </message>
    <message>
        <source>{file}: question {name}: choice_filter {source!r}: {reason}</source>
        <translation>{file}: pregunta {name}: choice_filter {source!r}: {reason}</translation>
    </message>
    <message>
        <source>a &apos;new&apos; row has no old question; leave {column} empty</source>
        <translation>una fila «new» no tiene pregunta antigua; deje {column} vacía</translation>
    </message>
    <message>
        <source>a &apos;retired&apos; row has no new question; leave {column} empty</source>
        <translation>una fila «retired» no tiene pregunta nueva; deje {column} vacía</translation>
    </message>
    <message>
        <source>a {relation!r} row needs the new question&apos;s name</source>
        <translation>una fila {relation!r} necesita el nombre de la pregunta nueva</translation>
    </message>
    <message>
        <source>a {relation!r} row needs the old question&apos;s name</source>
        <translation>una fila {relation!r} necesita el nombre de la pregunta antigua</translation>
    </message>
    <message>
        <source>begin_group is never closed by an end_group</source>
        <translation>este begin_group nunca se cierra con un end_group</translation>
    </message>
    <message>
        <source>calculations form a cycle: {cycle}; a value cannot be worked out from itself</source>
        <translation>los cálculos forman un ciclo: {cycle}; un valor no puede calcularse a partir de sí mismo</translation>
    </message>
    <message>
        <source>choice list {list!r} is not on the {sheet} sheet</source>
        <translation>la lista de opciones {list!r} no está en la hoja {sheet}</translation>
    </message>
    <message>
        <source>choice {name!r} appears twice in list {list!r}</source>
        <translation>la opción {name!r} aparece dos veces en la lista {list!r}</translation>
    </message>
    <message>
        <source>choice_filter reads column {column!r}, which the choices of list {list!r} do not have; it reads as empty (for the text, write &apos;{column}&apos; in quotes)</source>
        <translation>choice_filter lee la columna {column!r}, que las opciones de la lista {list!r} no tienen; se lee como vacía (para el texto, escriba &apos;{column}&apos; entre comillas)</translation>
    </message>
    <message>
        <source>code {code!r} is already used on row {first}</source>
        <translation>el código {code!r} ya se usa en la fila {first}</translation>
    </message>
    <message>
        <source>conditional required {value!r} is not supported; the question is treated as required</source>
        <translation>la obligatoriedad condicional {value!r} no es compatible; la pregunta se trata como obligatoria</translation>
    </message>
    <message>
        <source>department {value!r} is not in the jalon_departments list</source>
        <translation>el departamento {value!r} no está en la lista jalon_departments</translation>
    </message>
    <message>
        <source>end_group without a matching begin_group</source>
        <translation>end_group sin begin_group correspondiente</translation>
    </message>
    <message>
        <source>groups are nested more than {limit} levels deep</source>
        <translation>los grupos están anidados en más de {limit} niveles</translation>
    </message>
    <message>
        <source>level &apos;root&apos; is reserved</source>
        <translation>el nivel &apos;root&apos; está reservado</translation>
    </message>
    <message>
        <source>level {value!r} is not one of dimension, standard, practice, module, section</source>
        <translation>el nivel {value!r} no es uno de dimension, standard, practice, module, section</translation>
    </message>
    <message>
        <source>missing {language} translation of {field}; {fallback} will be shown</source>
        <translation>falta la traducción {language} de {field}; se mostrará el texto {fallback}</translation>
    </message>
    <message>
        <source>module {module!r} is not in the jalon_modules list; its name will be shown</source>
        <translation>el módulo {module!r} no está en la lista jalon_modules; se mostrará su nombre</translation>
    </message>
    <message>
        <source>name {name!r} is already used on row {first}</source>
        <translation>el nombre {name!r} ya se usa en la fila {first}</translation>
    </message>
    <message>
        <source>name {name!r} must start with a letter and hold only letters, digits and underscores</source>
        <translation>el nombre {name!r} debe empezar por una letra y contener solo letras, cifras y guiones bajos</translation>
    </message>
    <message>
        <source>question type {type!r} is not an XLSForm type; check its spelling</source>
        <translation>el tipo de pregunta {type!r} no es un tipo XLSForm; revise cómo está escrito</translation>
    </message>
    <message>
        <source>question type {type!r} is not supported by Jalon; the question is skipped</source>
        <translation>Jalon no admite el tipo de pregunta {type!r}; la pregunta se omite</translation>
    </message>
    <message>
        <source>question {name!r} has no label; its name will be shown</source>
        <translation>la pregunta {name!r} no tiene etiqueta; se mostrará su nombre</translation>
    </message>
    <message>
        <source>relevance forms a cycle: {cycle}</source>
        <translation>las condiciones de pertinencia forman un ciclo: {cycle}</translation>
    </message>
    <message>
        <source>repeat groups (row {row}, {name!r}) are not supported; Jalon runs questionnaires without repeats</source>
        <translation>los grupos repetidos (fila {row}, {name!r}) no son compatibles; Jalon aplica cuestionarios sin repeticiones</translation>
    </message>
    <message>
        <source>score {value!r} is not a number</source>
        <translation>la puntuación {value!r} no es un número</translation>
    </message>
    <message>
        <source>the calculate row has no calculation</source>
        <translation>la fila calculate no tiene cálculo</translation>
    </message>
    <message>
        <source>the choice has no list_name</source>
        <translation>la opción no tiene list_name</translation>
    </message>
    <message>
        <source>the choice has no name</source>
        <translation>la opción no tiene nombre</translation>
    </message>
    <message>
        <source>the form has no question Jalon can ask, so there is nothing to answer: it holds {notes} note(s), {calculations} calculation(s) and {count} skipped question(s){skipped}</source>
        <translation>el formulario no tiene ninguna pregunta que Jalon pueda hacer, así que no hay nada que responder: contiene {notes} nota(s), {calculations} cálculo(s) y {count} pregunta(s) omitida(s){skipped}</translation>
    </message>
    <message>
        <source>the row does not say which framework it maps from (column {column} is empty)</source>
        <translation>la fila no indica de qué marco parte (la columna {column} está vacía)</translation>
    </message>
    <message>
        <source>the row has no name</source>
        <translation>la fila no tiene nombre</translation>
    </message>
    <message>
        <source>the row has no type</source>
        <translation>la fila no tiene tipo</translation>
    </message>
    <message>
        <source>the workbook has no &apos;survey&apos; sheet</source>
        <translation>el libro no tiene hoja &apos;survey&apos;</translation>
    </message>
    <message>
        <source>{header} cannot be negative</source>
        <translation>{header} no puede ser negativo</translation>
    </message>
    <message>
        <source>{header} cannot use &apos;.&apos;; name the question with ${{name}}</source>
        <translation>{header} no puede usar &apos;.&apos;; nombre la pregunta con ${{name}}</translation>
    </message>
    <message>
        <source>{header} reads ${{{ref}}}, a {type!r} question (row {at}) that Jalon does not ask; it reads as empty</source>
        <translation>{header} lee ${{{ref}}}, una pregunta {type!r} (fila {at}) que Jalon no hace; se lee como vacía</translation>
    </message>
    <message>
        <source>{header} refers to ${{{ref}}}, which is not a question of this framework</source>
        <translation>{header} hace referencia a ${{{ref}}}, que no es una pregunta de este marco</translation>
    </message>
    <message>
        <source>{header} uses the bare name {name!r}; write ${{{name}}} for the answer to question {name}, or &apos;{name}&apos; in quotes for the text</source>
        <translation>{header} usa el nombre suelto {name!r}; escriba ${{{name}}} para la respuesta a la pregunta {name}, o &apos;{name}&apos; entre comillas para el texto</translation>
    </message>
    <message>
        <source>{header} {source!r}: {reason}</source>
        <translation>{header} {source!r}: {reason}</translation>
    </message>
    <message>
        <source>{header} {value!r} is not a number</source>
        <translation>{header} {value!r} no es un número</translation>
    </message>
    <message>
        <source>{object!r} is not a question of this framework</source>
        <translation>{object!r} no es una pregunta de este marco</translation>
    </message>
    <message>
        <source>{subject} → {object} is already mapped on row {first}</source>
        <translation>{subject} → {object} ya está relacionado en la fila {first}</translation>
    </message>
    <message>
        <source>{type!r} (row {row}, {name!r}) reads its choices from the file {file}, outside the workbook, which Jalon does not do; put the choices on the choices sheet and use select_one</source>
        <translation>{type!r} (fila {row}, {name!r}) lee sus opciones del archivo {file}, fuera del libro, algo que Jalon no hace; ponga las opciones en la hoja choices y use select_one</translation>
    </message>
    <message>
        <source>{value!r} is not a relation; write one of: {known}</source>
        <translation>{value!r} no es una relación; escriba una de: {known}</translation>
    </message>
    <message>
        <source>an auditor&apos;s name holds a character that is not text ({character}); remove it</source>
        <translation>el nombre de un auditor contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>an auditor&apos;s name is {length} characters long; at most {limit} can be saved</source>
        <translation>el nombre de un auditor tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the action&apos;s description holds a character that is not text ({character}); remove it</source>
        <translation>la descripción de la acción contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the action&apos;s description is {length} characters long; at most {limit} can be saved</source>
        <translation>la descripción de la acción tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the action&apos;s owner holds a character that is not text ({character}); remove it</source>
        <translation>el responsable de la acción contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the action&apos;s owner is {length} characters long; at most {limit} can be saved</source>
        <translation>el responsable de la acción tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the answer to {code} holds a character that is not text ({character}); remove it</source>
        <translation>la respuesta a {code} contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the answer to {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>la respuesta a {code} tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the comment on {code} holds a character that is not text ({character}); remove it</source>
        <translation>el comentario de {code} contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the comment on {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>el comentario de {code} tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the country holds a character that is not text ({character}); remove it</source>
        <translation>el país contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the country is {length} characters long; at most {limit} can be saved</source>
        <translation>el país tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the department of {code} holds a character that is not text ({character}); remove it</source>
        <translation>el departamento de {code} contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the department of {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>el departamento de {code} tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the institution name holds a character that is not text ({character}); remove it</source>
        <translation>el nombre de la institución contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the institution name is {length} characters long; at most {limit} can be saved</source>
        <translation>el nombre de la institución tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the name holds a character that is not text ({character}); remove it</source>
        <translation>el nombre contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the name is {length} characters long; at most {limit} can be saved</source>
        <translation>el nombre tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the organisation holds a character that is not text ({character}); remove it</source>
        <translation>la organización contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the organisation is {length} characters long; at most {limit} can be saved</source>
        <translation>la organización tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the reason for reopening holds a character that is not text ({character}); remove it</source>
        <translation>el motivo de la reapertura contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the reason for reopening is {length} characters long; at most {limit} can be saved</source>
        <translation>el motivo de la reapertura tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the reason why {code} is not applicable holds a character that is not text ({character}); remove it</source>
        <translation>el motivo por el que {code} no aplica contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the reason why {code} is not applicable is {length} characters long; at most {limit} can be saved</source>
        <translation>el motivo por el que {code} no aplica tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the zip directory of this file takes {size} MB, more than {limit} entries need; it was refused unread</source>
        <translation>el directorio zip de este archivo ocupa {size} MB, más de lo que necesitan {limit} entradas; se rechazó sin leerlo</translation>
    </message>
    <message>
        <source>{code} needs a whole number of at most 15 digits</source>
        <translation>{code} requiere un número entero de 15 cifras como máximo</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB Jalon reads</source>
        <translation>{file} supera los {limit} MB que Jalon lee</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} kB Jalon reads</source>
        <translation>{file} supera los {limit} kB que Jalon lee</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a socket or another special file); Jalon reads only ordinary files</source>
        <translation>{file} no es un archivo normal (un socket u otro archivo especial); Jalon solo lee archivos normales</translation>
    </message>
    <message>
        <source>{file}: entry {entry} is compressed {ratio}:1, which no spreadsheet does; it was refused unread</source>
        <translation>{file}: la entrada {entry} está comprimida {ratio}:1, algo que ninguna hoja de cálculo hace; se rechazó sin leerlo</translation>
    </message>
    <message>
        <source>{file} is a device, not an ordinary file; Jalon reads only ordinary files</source>
        <translation>{file} es un dispositivo, no un archivo normal; Jalon solo lee archivos normales</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{file} is a named pipe (FIFO), not an ordinary file; Jalon reads only ordinary files</source>
        <translation>{file} es una tubería con nombre (FIFO), no un archivo normal; Jalon solo lee archivos normales</translation>
    </message>
    <message>
        <source>{file} is not a text file (it is not UTF-8)</source>
        <translation>{file} no es un archivo de texto (no está en UTF-8)</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} goes on past row {limit}, more than Jalon reads in a workbook; it was refused</source>
        <translation>{file}: la hoja {sheet} continúa más allá de la fila {limit}, más de lo que Jalon lee en un libro; se rechazó</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} has a cell in column {column} of row {row}, beyond the {limit} columns Jalon reads; it was refused</source>
        <translation>{file}: la hoja {sheet} tiene una celda en la columna {column} de la fila {row}, más allá de las {limit} columnas que Jalon lee; se rechazó</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} holds more than {limit} cells, more than Jalon reads in a workbook; it was refused</source>
        <translation>{file}: la hoja {sheet} contiene más de {limit} celdas, más de lo que Jalon lee en un libro; se rechazó</translation>
    </message>
    <message>
        <source>{count} audits do not fit in one Excel sheet (at most {rows} rows); export them as CSV or Parquet tables instead: jalon export tidy</source>
        <translation>{count} auditorías no caben en una hoja de Excel (como máximo {rows} filas); expórtelas en tablas CSV o Parquet: jalon export tidy</translation>
    </message>
    <message>
        <source>this file lists {count} entries in its zip directory: more than {limit}, the most Jalon reads; it was refused unread</source>
        <translation>este archivo declara {count} entradas en su directorio zip: más de {limit}, el máximo que Jalon lee; se rechazó sin leerlo</translation>
    </message>
    <message>
        <source>{count} correction(s) asked by the reviewer are still open, first {text!r}; answer again or reply to each before resubmitting</source>
        <translation>{count} corrección(es) pedida(s) por el revisor siguen abiertas, la primera {text!r}; responda de nuevo o conteste a cada una antes de volver a enviar</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>un rechazo necesita un motivo</translation>
    </message>
    <message>
        <source>a review comment needs some text</source>
        <translation>un comentario de revisión necesita un texto</translation>
    </message>
    <message>
        <source>audit {audit} has no review comment {ref!r}</source>
        <translation>la auditoría {audit} no tiene ningún comentario de revisión {ref!r}</translation>
    </message>
    <message>
        <source>benchmark.json does not declare format {name} version {version}</source>
        <translation>benchmark.json no declara el formato {name} versión {version}</translation>
    </message>
    <message>
        <source>no review comment {ref!r}; give at least {n} characters of its id</source>
        <translation>ningún comentario de revisión {ref!r}; indique al menos {n} caracteres de su identificador</translation>
    </message>
    <message>
        <source>peer groups are by &apos;country&apos; or by &apos;field:QUESTION&apos;, not {by!r}</source>
        <translation>los grupos de pares se forman por &apos;country&apos; o por &apos;field:QUESTION&apos;, no por {by!r}</translation>
    </message>
    <message>
        <source>review comment {id} replies to a reply; a reply answers a reviewer&apos;s comment</source>
        <translation>el comentario de revisión {id} responde a una respuesta; una respuesta contesta a un comentario del revisor</translation>
    </message>
    <message>
        <source>review comment {id} replies to {parent}, which is not a reviewer&apos;s comment in the package</source>
        <translation>el comentario de revisión {id} responde a {parent}, que no es un comentario del revisor en el paquete</translation>
    </message>
    <message>
        <source>the benchmark file holds {names}, not exactly benchmark.json, its signature and signer.pub</source>
        <translation>el archivo de referencia contiene {names}, y no exactamente benchmark.json, su firma y signer.pub</translation>
    </message>
    <message>
        <source>the benchmark file is damaged</source>
        <translation>el archivo de referencia está dañado</translation>
    </message>
    <message>
        <source>the benchmark file is larger than {limit} bytes</source>
        <translation>el archivo de referencia supera los {limit} bytes</translation>
    </message>
    <message>
        <source>the benchmark file is not a zip archive</source>
        <translation>el archivo de referencia no es un archivo zip</translation>
    </message>
    <message>
        <source>the benchmark file is signed by key {key}, which this installation does not trust</source>
        <translation>el archivo de referencia está firmado con la clave {key}, en la que esta instalación no confía</translation>
    </message>
    <message>
        <source>the benchmark file&apos;s signature does not match its content: it was changed after signing</source>
        <translation>la firma del archivo de referencia no corresponde a su contenido: se modificó después de firmarlo</translation>
    </message>
    <message>
        <source>the benchmark has no peer group {group} ({by}) for framework {hash}: the group is too small or absent</source>
        <translation>la referencia no tiene grupo de pares {group} ({by}) para el marco {hash}: el grupo es demasiado pequeño o no existe</translation>
    </message>
    <message>
        <source>the minimum group size must be at least 2</source>
        <translation>el tamaño mínimo de un grupo debe ser al menos 2</translation>
    </message>
    <message>
        <source>the review of audit {audit} is {current}: it cannot become {state}</source>
        <translation>la revisión de la auditoría {audit} está en el estado {current}: no puede pasar a {state}</translation>
    </message>
    <message>
        <source>the review of audit {audit} is {state}: start the review before commenting</source>
        <translation>la revisión de la auditoría {audit} está en el estado {state}: inicie la revisión antes de comentar</translation>
    </message>
    <message>
        <source>{comment} is a reply; reply to the reviewer&apos;s comment instead</source>
        <translation>{comment} es una respuesta; responda al comentario del revisor</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is not a question of the audit&apos;s framework</source>
        <translation>{file} en el paquete no es válido: {where}.target es {target}, que no es una pregunta del marco de la auditoría</translation>
    </message>
    <message>
        <source>{where}: the reviewer asks for a correction ({text}); answer again or reply to the comment</source>
        <translation>{where}: el revisor pide una corrección ({text}); responda de nuevo a la pregunta o responda al comentario</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} review comments; give more of the id</source>
        <translation>{ref!r} corresponde a {count} comentarios de revisión; indique más caracteres del identificador</translation>
    </message>
    <message>
        <source>key {key} of {name} expired on {valid}; the package says it was signed on {signed}, before that, but a signature cannot prove when it was made, so what it would change is held in quarantine for a person to decide</source>
        <translation>la clave {key} de {name} caducó el {valid}; el paquete dice haber sido firmado el {signed}, antes de esa fecha, pero una firma no puede probar cuándo se hizo: lo que cambiaría queda en cuarentena para que una persona decida</translation>
    </message>
    <message>
        <source>the audit {audit} recorded here holds, for question {indicator} (revision {revision}), the value {value}, which cannot be exported: the question takes {expected}. The stored value may be damaged; &apos;jalon backup list&apos; shows the backups and &apos;jalon backup restore&apos; brings one back</source>
        <translation>la auditoría {audit} registrada aquí contiene, para la pregunta {indicator} (revisión {revision}), el valor {value}, que no se puede exportar: la pregunta admite {expected}. El valor guardado puede estar dañado; &apos;jalon backup list&apos; muestra las copias de seguridad y &apos;jalon backup restore&apos; restaura una</translation>
    </message>
    <message>
        <source>{file} in the package holds the number {value}, beyond what a decimal holds (between -1.8 × 10^308 and 1.8 × 10^308)</source>
        <translation>{file} del paquete contiene el número {value}, más allá de lo que cabe en un decimal (entre -1,8 × 10^308 y 1,8 × 10^308)</translation>
    </message>
    <message>
        <source>form_id {value!r} cannot be a framework id, which starts with a letter or &apos;_&apos; and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;; the framework&apos;s id is {safe}</source>
        <translation>form_id {value!r} no puede ser el identificador de un marco, que empieza por una letra o «_» y solo contiene letras, cifras, «_», «.» y «-»; el identificador del marco es {safe}</translation>
    </message>
    <message>
        <source>a dropped action needs the reason why it was dropped</source>
        <translation>una acción abandonada necesita el motivo de su abandono</translation>
    </message>
    <message>
        <source>action revision {id} of action {action} is later than the action&apos;s current state</source>
        <translation>la revisión {id} de la acción {action} es posterior al estado actual de la acción</translation>
    </message>
    <message>
        <source>audit {audit} has no action {ref!r}</source>
        <translation>la auditoría {audit} no tiene ninguna acción {ref!r}</translation>
    </message>
    <message>
        <source>audit.json in the package lists action revision {id} twice</source>
        <translation>audit.json en el paquete menciona dos veces la revisión de acción {id}</translation>
    </message>
    <message>
        <source>audit.json in the package lists action {id} twice</source>
        <translation>audit.json en el paquete menciona dos veces la acción {id}</translation>
    </message>
    <message>
        <source>only a later audit verifies an action: mark it done here, and verify it in the follow-up audit</source>
        <translation>solo una auditoría posterior verifica una acción: márquela como hecha aquí y verifíquela en la auditoría de seguimiento</translation>
    </message>
    <message>
        <source>the action&apos;s note holds a character that is not text ({character}); remove it</source>
        <translation>la nota de la acción contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the action&apos;s note is {length} characters long; at most {limit} can be saved</source>
        <translation>la nota de la acción tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>the due date {value!r} is not a date written YYYY-MM-DD</source>
        <translation>la fecha límite {value!r} no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the reason for dropping the action holds a character that is not text ({character}); remove it</source>
        <translation>el motivo del abandono de la acción contiene un carácter que no es texto ({character}); elimínelo</translation>
    </message>
    <message>
        <source>the reason for dropping the action is {length} characters long; at most {limit} can be saved</source>
        <translation>el motivo del abandono de la acción tiene {length} caracteres; se pueden guardar {limit} como máximo</translation>
    </message>
    <message>
        <source>{ref!r} is the start of several actions&apos; ids of audit {audit}; give more of it</source>
        <translation>{ref!r} es el comienzo del identificador de varias acciones de la auditoría {audit}; indique más caracteres</translation>
    </message>
    <message>
        <source>audit.json in the package lists evidence file {id} twice</source>
        <translation>audit.json en el paquete menciona dos veces el archivo de evidencia {id}</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder and was made by an older version of Jalon: it must be upgraded before it can be read, which writes to it. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de datos {file} está en un soporte o una carpeta de solo lectura y fue creada por una versión anterior de Jalon: debe actualizarse antes de poder leerse, y eso la escribe. Copie la carpeta de datos a un lugar con permiso de escritura, o ábrala con --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder, and changes saved last are still in {log} (Jalon was not closed normally); they can only be read where the folder can be written. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de datos {file} está en un soporte o una carpeta de solo lectura, y los últimos cambios guardados siguen en {log} (Jalon no se cerró normalmente); solo pueden leerse donde la carpeta admite escritura. Copie la carpeta de datos a un lugar con permiso de escritura, o ábrala con --data-dir</translation>
    </message>
    <message>
        <source>an action of the plan was changed on both installations; the most recent change is shown, and every change of both is kept in its history</source>
        <translation>una acción del plan se modificó en las dos instalaciones; se muestra el cambio más reciente, y cada cambio de ambas se conserva en su historial</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is not a question or practice of the audit&apos;s framework</source>
        <translation>{file} en el paquete no es válido: {where}.target es {target}, que no es una pregunta ni una práctica del marco de la auditoría</translation>
    </message>
    <message>
        <source>the benchmark file is signed by {name} (key {key}), who is trusted only for {scope}; a benchmark covers every institution, so only a signer trusted for all of them may sign one</source>
        <translation>el archivo de referencia está firmado por {name} (clave {key}), de confianza solo para {scope}; una referencia abarca todas las instituciones, así que solo un firmante de confianza para todas puede firmarla</translation>
    </message>
    <message>
        <source>benchmark.json&apos;s created_at is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>el campo created_at de benchmark.json es {value}, no una hora UTC escrita AAAA-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>the benchmark file says it was signed on {signed} by key {key} of {name}, which is valid from {start} until {end}; a signature cannot prove when it was made, so it is refused</source>
        <translation>el archivo de referencia dice haber sido firmado el {signed} con la clave {key} de {name}, válida del {start} al {end}; una firma no puede probar cuándo se hizo, por eso se rechaza</translation>
    </message>
    <message>
        <source>the database {file} is a link to {target}, which cannot be found (a drive or network share not connected?); connect it, or remove the link to start a new database; nothing was created</source>
        <translation>la base de datos {file} es un enlace a {target}, que no se encuentra (¿un disco o una carpeta de red sin conectar?); conéctelo, o elimine el enlace para empezar una base nueva; no se ha creado nada</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.id is {id}, the id of an action of audit {other} on this installation, not of audit {audit}</source>
        <translation>{file} en el paquete no es válido: {where}.id es {id}, el identificador de una acción de la auditoría {other} en esta instalación, no de la auditoría {audit}</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.id is {id}, the id of an evidence link of audit {other} on this installation, not of audit {audit}</source>
        <translation>{file} en el paquete no es válido: {where}.id es {id}, el identificador de un documento de respaldo de la auditoría {other} en esta instalación, no de la auditoría {audit}</translation>
    </message>
    <message>
        <source>say in a note why {code} changed so much since the previous audit</source>
        <translation>explique en una nota por qué {code} cambió tanto desde la auditoría anterior</translation>
    </message>
    <message>
        <source>{code} is not flagged: there is nothing to confirm</source>
        <translation>{code} no está señalada: no hay nada que confirmar</translation>
    </message>
    <message>
        <source>{code} moved from {previous} to {value} since the previous audit, more than the {limit} % the framework allows for it; correct it or confirm it with a note</source>
        <translation>{code} pasó de {previous} a {value} desde la auditoría anterior, más del {limit} % que el marco admite; corríjala o confírmela con una nota</translation>
    </message>
    <message>
        <source>{code} moved from {previous} to {value} since the previous audit, more than {limit} % (Jalon&apos;s default check); correct it or confirm it with a note</source>
        <translation>{code} pasó de {previous} a {value} desde la auditoría anterior, más del {limit} % (control por defecto de Jalon); corríjala o confírmela con una nota</translation>
    </message>
    <message>
        <source>validity_months {value!r} is not a whole number of months from 1 to {most}</source>
        <translation>validity_months {value!r} no es un número entero de meses de 1 a {most}</translation>
    </message>
    <message>
        <source>the audits use versions {old} and {new} of {framework}, and {new} holds no crosswalk from {old}: their scores cannot be pooled; keep the versions apart (jalon benchmark build --per-version)</source>
        <translation>las auditorías usan las versiones {old} y {new} de {framework}, y {new} no contiene tabla de correspondencia desde {old}: sus puntuaciones no pueden agruparse; mantenga las versiones separadas (jalon benchmark build --per-version)</translation>
    </message>
    <message>
        <source>the package brings a review decision on audit {id} ({state}, claimed by {author}) signed by {name}, a key trusted only for {scope}; review decisions come from the reviewer, so the package is held in quarantine for a person to decide</source>
        <translation>el paquete trae una decisión de revisión sobre la auditoría {id} ({state}, atribuida a {author}) firmada por {name}, una clave de confianza solo para {scope}; las decisiones de revisión vienen del revisor, así que el paquete queda en cuarentena para que una persona decida</translation>
    </message>
    <message>
        <source>{code} needs a date such as {example}, not {value!r}</source>
        <translation>{code} necesita una fecha como {example}, no {value!r}</translation>
    </message>
    <message>
        <source>the period&apos;s end {value!r} is not a date such as {example}</source>
        <translation>el fin del período {value!r} no es una fecha como {example}</translation>
    </message>
    <message>
        <source>the period&apos;s start {value!r} is not a date such as {example}</source>
        <translation>el inicio del período {value!r} no es una fecha como {example}</translation>
    </message>
    <message>
        <source>the benchmark holds the peer groups of {framework} version {versions}; this audit is on version {version}, and no crosswalk installed here leads from it to those: no comparison is made</source>
        <translation>la referencia trata los grupos de pares de {framework} en la versión {versions}; esta auditoría está en la versión {version}, y ninguna tabla de correspondencias instalada aquí lleva de una a otra: no se hace ninguna comparación</translation>
    </message>
    <message>
        <source>{code}: the action “{title}”, carried over from the previous audit as done, waits to be verified; verify it, or set it back to in progress, or drop it with a reason</source>
        <translation>{code}: la acción «{title}», retomada de la auditoría anterior como realizada, espera ser verificada; verifíquela, vuélvala a poner en curso o abandónela con un motivo</translation>
    </message>
</context>
</TS>
