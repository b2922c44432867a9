<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>&amp;Indicator or practice:</source>
        <translation>&amp;Indicateur ou pratique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Wh&amp;o:</source>
        <translation>Q&amp;ui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Pour quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>For example: train loan officers on the complaints procedure</source>
        <translation>Par exemple&#xa0;: former les agents de crédit à la procédure de réclamation</translation>
    </message>
    <message>
        <source>Person or team responsible</source>
        <translation>Personne ou équipe responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Choose an indicator or practice from the list.</source>
        <translation>Choisissez un indicateur ou une pratique dans la liste.</translation>
    </message>
    <message>
        <source>Describe the action to take.</source>
        <translation>Décrivez l&apos;action à mener.</translation>
    </message>
    <message>
        <source>&amp;Note or evidence:</source>
        <translation>&amp;Note ou preuve&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason for dropping:</source>
        <translation>Raison de l&apos;a&amp;bandon&#xa0;:</translation>
    </message>
    <message>
        <source>What was done, where the evidence of completion is, what was found</source>
        <translation>Ce qui a été fait, où se trouve la preuve de réalisation, ce qui a été constaté</translation>
    </message>
    <message>
        <source>Needed to drop the action: why it is dropped</source>
        <translation>Nécessaire pour abandonner l&apos;action&#xa0;: pourquoi elle est abandonnée</translation>
    </message>
    <message>
        <source>History of this action:</source>
        <translation>Historique de cette action&#xa0;:</translation>
    </message>
    <message>
        <source>Write the due date like %1, or leave it empty.</source>
        <translation>Écrivez l&apos;échéance comme %1, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Leave empty when the action has no due date.</source>
        <translation>Laissez vide quand l&apos;action n&apos;a pas d&apos;échéance.</translation>
    </message>
</context>
<context>
    <name>ActionHistoryList</name>
    <message>
        <source>{when} · {author}: {status}</source>
        <translation>{when} · {author}&#xa0;: {status}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Carried over from the previous audit&apos;s plan</source>
        <translation>Reprise du plan de l&apos;audit précédent</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Go to indicator</source>
        <translation>&amp;Aller à l&apos;indicateur</translation>
    </message>
    <message>
        <source>This audit is finalized: its action plan is read-only. Reopen the audit to change it.</source>
        <translation>Cet audit est finalisé&#xa0;: son plan d&apos;action est en lecture seule. Rouvrez l&apos;audit pour le modifier.</translation>
    </message>
    <message>
        <source>No action yet. Add one with “Add action”, or from the lowest-scoring practices on the dashboard.</source>
        <translation>Aucune action pour l&apos;instant. Ajoutez-en une avec «&#xa0;Ajouter une action&#xa0;», ou depuis les pratiques les moins bien notées du tableau de bord.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n non terminée</numerusform>
            <numerusform>%n non terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Delete the action “{title}”? This cannot be undone.</source>
        <translation>Supprimer l&apos;action «&#xa0;{title}&#xa0;»&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Carried over, to verify</source>
        <translation>Reprises, à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>%n carried over from the previous audit, to verify</source>
        <translation>
            <numerusform>%n reprise de l&apos;audit précédent, à vérifier</numerusform>
            <numerusform>%n reprises de l&apos;audit précédent, à vérifier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Indicator or practice</source>
        <translation>Indicateur ou pratique</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to verify</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Dropped: {reason}</source>
        <translation>Abandonnée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ActionTargetBox</name>
    <message>
        <source>Type a code or words to find an indicator or practice</source>
        <translation>Tapez un code ou des mots pour trouver un indicateur ou une pratique</translation>
    </message>
</context>
<context>
    <name>AnswerHistoryList</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation>Fichier joint : %1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Sans objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer cleared</source>
        <translation>Réponse effacée</translation>
    </message>
    <message>
        <source>Comment edited</source>
        <translation>Commentaire modifié</translation>
    </message>
    <message>
        <source>Comment removed</source>
        <translation>Commentaire supprimé</translation>
    </message>
    <message>
        <source>Flagged for later</source>
        <translation>Marquée pour plus tard</translation>
    </message>
    <message>
        <source>Flag removed</source>
        <translation>Marque retirée</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged from another copy</source>
        <translation>Fusionnée depuis une autre copie</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucune modification</translation>
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
        <translation>Avancement %1 : %2 questions répondues sur %3.</translation>
    </message>
    <message>
        <source>Questions: those that apply to this audit, in its modules and given the answers so far; a question marked not applicable counts as answered.</source>
        <translation>Questions : celles qui s&apos;appliquent à cet audit, dans ses modules et compte tenu des réponses déjà données ; une question marquée sans objet compte comme répondue.</translation>
    </message>
    <message>
        <source>Scored: %1 of the %2 questions that count in the score are answered.</source>
        <translation>Notées : %1 des %2 questions qui comptent dans le score ont une réponse.</translation>
    </message>
    <message>
        <source>no period yet</source>
        <translation>pas encore de période</translation>
    </message>
    <message>
        <source>%1 of %2 scored items answered</source>
        <translation>%1 sur %2 éléments notés renseignés</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Period assessed</source>
        <translation>Période évaluée</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>This is the last question shown.</source>
        <translation>C&apos;est la dernière question affichée.</translation>
    </message>
    <message>
        <source>This is the first question shown.</source>
        <translation>C&apos;est la première question affichée.</translation>
    </message>
    <message>
        <source>Every question that applies is answered.</source>
        <translation>Toutes les questions applicables ont une réponse.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CalculatedValueView</name>
    <message>
        <source>Worked out from other answers; it cannot be typed.</source>
        <translation>Calculé à partir des autres réponses ; on ne peut pas le saisir.</translation>
    </message>
    <message>
        <source>Calculation: %1</source>
        <translation>Calcul : %1</translation>
    </message>
    <message>
        <source>Not worked out yet: the answers it needs are missing</source>
        <translation>Pas encore calculé : il manque les réponses dont il dépend</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Key: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConflictSidePanel</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>marquée pour revue</translation>
    </message>
    <message>
        <source>department: %1</source>
        <translation>service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Sans objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, clé %2</translation>
    </message>
    <message>
        <source>a key not in the trust store</source>
        <translation>une clé absente du magasin de confiance</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Mine (this installation)</source>
        <translation>La mienne (cette installation)</translation>
    </message>
    <message>
        <source>Theirs (the other installation)</source>
        <translation>La leur (l&apos;autre installation)</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Or a new answer:</source>
        <translation>Ou une nouvelle réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save new answer</source>
        <translation>&amp;Enregistrer la nouvelle réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) changed differently on two installations.</source>
        <translation>
            <numerusform>%n réponse a été modifiée différemment sur deux installations.</numerusform>
            <numerusform>%n réponses ont été modifiées différemment sur deux installations.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts left to resolve.</source>
        <translation>Plus aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Answers in conflict</source>
        <translation>Réponses en conflit</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nouvelle réponse</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
    <message>
        <source>Scores by dimension</source>
        <translation>Scores par dimension</translation>
    </message>
    <message>
        <source>Lowest-scoring practices</source>
        <translation>Pratiques les moins bien notées</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Encore manquant</translation>
    </message>
    <message>
        <source>No practice scores below 100 % so far. Practices appear here as soon as one of their questions is answered.</source>
        <translation>Aucune pratique sous 100&#xa0;% pour l&apos;instant. Les pratiques apparaissent ici dès qu&apos;une de leurs questions a une réponse.</translation>
    </message>
    <message>
        <source>This framework has no scored questions</source>
        <translation>Ce référentiel n&apos;a pas de questions notées</translation>
    </message>
    <message>
        <source>No scored answer yet</source>
        <translation>Pas encore de réponse notée</translation>
    </message>
    <message>
        <source>Partial — {percent} answered</source>
        <translation>Partiel — {percent} de réponses</translation>
    </message>
    <message>
        <source>Complete — every scored question is answered</source>
        <translation>Complet — toutes les questions notées ont une réponse</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>partial · {percent} answered</source>
        <translation>partiel · {percent} de réponses</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Peer group: median {median}, middle half {q1} to {q3}</source>
        <translation>Groupe de pairs : médiane {median}, moitié centrale de {q1} à {q3}</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory question(s) still need an answer before the audit can be finalized.</source>
        <translation>
            <numerusform>%n question obligatoire doit encore recevoir une réponse avant de pouvoir finaliser l&apos;audit.</numerusform>
            <numerusform>%n questions obligatoires doivent encore recevoir une réponse avant de pouvoir finaliser l&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory question is answered.</source>
        <translation>Toutes les questions obligatoires ont une réponse.</translation>
    </message>
    <message>
        <source>{answered} of {questions} questions answered, {scored_answered} of the {scored} that count in the score; not-applicable answers do not count in the score.</source>
        <translation>{answered} questions répondues sur {questions}, dont {scored_answered} des {scored} qui comptent dans le score ; les réponses « sans objet » ne comptent pas dans le score.</translation>
    </message>
</context>
<context>
    <name>DepartmentRow</name>
    <message>
        <source>&amp;Department:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>An unexpected problem occurred ({kind}). Your saved work is safe; the details are in the log file.</source>
        <translation>Un problème inattendu est survenu ({kind}). Votre travail enregistré est en sécurité&#xa0;; les détails sont dans le journal.</translation>
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
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ajouté par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Joindre des pièces justificatives</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la pièce</translation>
    </message>
    <message>
        <source>Remove %1 from this question? The file itself stays where it was on your computer.</source>
        <translation>Retirer %1 de cette question&#xa0;? Le fichier lui-même reste à sa place sur votre ordinateur.</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize the audit</source>
        <translation>Finaliser l&apos;audit</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>&amp;Go to the first</source>
        <translation>&amp;Aller au premier</translation>
    </message>
    <message>
        <source>&amp;Finalize and lock</source>
        <translation>Finaliser et &amp;verrouiller</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The audit cannot be finalized yet</source>
        <translation>L&apos;audit ne peut pas encore être finalisé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention first. Click one to go to it.</source>
        <translation>
            <numerusform>%n élément demande d&apos;abord votre attention. Cliquez dessus pour y aller.</numerusform>
            <numerusform>%n éléments demandent d&apos;abord votre attention. Cliquez sur l&apos;un d&apos;eux pour y aller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to finalize</source>
        <translation>Prêt à finaliser</translation>
    </message>
    <message>
        <source>Every mandatory question is answered; the overall score is {score}.

Finalizing locks the audit: answers, evidence and the action plan become read-only and a seal is computed over the whole audit and its history. The audit can be reopened later, with a reason that is recorded.</source>
        <translation>Toutes les questions obligatoires ont une réponse&#xa0;; le score global est de {score}.

Finaliser verrouille l&apos;audit&#xa0;: les réponses, les pièces et le plan d&apos;action passent en lecture seule et un sceau est calculé sur l&apos;ensemble de l&apos;audit et de son historique. L&apos;audit pourra être rouvert plus tard, avec un motif qui sera consigné.</translation>
    </message>
    <message>
        <source>The audit is finalized</source>
        <translation>L&apos;audit est finalisé</translation>
    </message>
    <message>
        <source>Finalized by {author} on {date}. Its seal fingerprint:</source>
        <translation>Finalisé par {author} le {date}. Empreinte de son sceau&#xa0;:</translation>
    </message>
    <message>
        <source>The seal is a SHA-256 fingerprint of the answers, their history, the action plan and the evidence. The content matches it; any later change would break it.</source>
        <translation>Le sceau est une empreinte SHA-256 des réponses, de leur historique, du plan d&apos;action et des pièces. Le contenu lui correspond&#xa0;; toute modification ultérieure le romprait.</translation>
    </message>
    <message>
        <source>Warning: the content of this audit no longer matches its seal. It was changed outside Jalon after finalization.</source>
        <translation>Attention&#xa0;: le contenu de cet audit ne correspond plus à son sceau. Il a été modifié en dehors de Jalon après la finalisation.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>What blocks finalization</source>
        <translation>Ce qui empêche de finaliser</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up audit</source>
        <translation>Nouvel audit de suivi</translation>
    </message>
    <message>
        <source>The next audit of %1, following the audit of %2.</source>
        <translation>Le prochain audit de %1, à la suite de l&apos;audit du %2.</translation>
    </message>
    <message>
        <source>&amp;Framework version:</source>
        <translation>Version du &amp;référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (as the previous audit)</source>
        <translation>%1 (comme l&apos;audit précédent)</translation>
    </message>
    <message>
        <source>&amp;Start from the previous answers (each to confirm)</source>
        <translation>&amp;Partir des réponses précédentes (chacune à confirmer)</translation>
    </message>
    <message>
        <source>Organization Information is carried over: each field shows last time&apos;s value, Ctrl+K confirms it, and the audit cannot be finalized before every one is confirmed or changed. The previous answer, its comment and evidence are shown beside each question; Ctrl+K keeps it. Started from the previous answers, every answer is carried, to confirm, and counts in the score only once confirmed.</source>
        <translation>Les informations sur l&apos;institution sont reprises&#xa0;: chaque champ montre la valeur de la dernière fois, Ctrl+K la confirme, et l&apos;audit ne peut être finalisé avant que chacune soit confirmée ou modifiée. La réponse précédente, son commentaire et ses pièces sont affichés à côté de chaque question&#xa0;; Ctrl+K la reprend. En partant des réponses précédentes, chaque réponse est reprise à confirmer et ne compte dans le score qu&apos;une fois confirmée.</translation>
    </message>
</context>
<context>
    <name>FrameworkInstallDialog</name>
    <message>
        <source>Install a framework</source>
        <translation>Installer un référentiel</translation>
    </message>
    <message>
        <source>Choose a framework workbook (.xlsx), for example one your network sent. It is checked first; check its id, version and hash with whoever sent it.</source>
        <translation>Choisissez un classeur de référentiel (.xlsx), par exemple celui que votre réseau vous a envoyé. Il est d&apos;abord vérifié ; contrôlez son identifiant, sa version et son empreinte avec la personne qui l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Référentiel :</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Framework workbook</source>
        <translation>Classeur de référentiel</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls)</source>
        <translation>Classeurs (*.xlsx *.xls)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this workbook cannot be installed.</source>
        <translation>
            <numerusform>%n erreur : ce classeur ne peut pas être installé.</numerusform>
            <numerusform>%n erreurs : ce classeur ne peut pas être installé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>{framework} {version} is already installed.</source>
        <translation>{framework} {version} est déjà installé.</translation>
    </message>
    <message>
        <source>{framework} {version} is installed: new audits can use it.</source>
        <translation>{framework} {version} est installé : les nouveaux audits peuvent l&apos;utiliser.</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>colonne {column}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Problèmes trouvés dans le classeur</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Shown in %1; the audit is read in %2.</source>
        <translation>Affiché en %1&#xa0;; l&apos;audit se lit en %2.</translation>
    </message>
    <message>
        <source>What good practice looks like</source>
        <translation>À quoi ressemble une bonne pratique</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translation>Preuves à rechercher</translation>
    </message>
    <message>
        <source>No guidance for this item.</source>
        <translation>Pas d&apos;orientations pour cet élément.</translation>
    </message>
    <message>
        <source>In this part</source>
        <translation>Dans cette partie</translation>
    </message>
    <message>
        <source>Press Enter or double-click it in the tree to open its first question.</source>
        <translation>Appuyez sur Entrée ou double-cliquez dessus dans l&apos;arborescence pour ouvrir sa première question.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About Jalon</source>
        <translation>À &amp;propos de Jalon</translation>
    </message>
    <message>
        <source>Choose an answer</source>
        <translation>Choisir une réponse</translation>
    </message>
    <message>
        <source>A letter</source>
        <translation>Une lettre</translation>
    </message>
    <message>
        <source>Choose the answer it is the key of (in the choice’s tooltip)</source>
        <translation>Choisir la réponse dont c’est la touche (indiquée dans l’infobulle du choix)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Save and go to the next question</source>
        <translation>Enregistrer et passer à la question suivante</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Jalon %1

Social performance audits, offline.
Data folder: %2</source>
        <translation>Jalon %1

Audits de performance sociale, hors ligne.
Dossier des données&#xa0;: %2</translation>
    </message>
    <message>
        <source>About Jalon</source>
        <translation>À propos de Jalon</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Search institution, country, type, status…</source>
        <translation>Rechercher une institution, un pays, un type, un état…</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Start a new draft audit from this one&apos;s answers, for example for the next year</source>
        <translation>Commencer un nouvel audit brouillon à partir des réponses de celui-ci, par exemple pour l&apos;année suivante</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Only draft audits can be deleted</source>
        <translation>Seuls les audits brouillons peuvent être supprimés</translation>
    </message>
    <message>
        <source>No audits yet.
Create the first one with “New audit…”.</source>
        <translation>Aucun audit pour l&apos;instant.
Créez le premier avec «&#xa0;Nouvel audit…&#xa0;».</translation>
    </message>
    <message>
        <source>Delete the draft audit of %1? Its answers, evidence and action plan will be removed. This cannot be undone.</source>
        <translation>Supprimer l&apos;audit brouillon de %1&#xa0;? Ses réponses, ses pièces et son plan d&apos;action seront supprimés. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete audit</source>
        <translation>Supprimer l&apos;audit</translation>
    </message>
    <message>
        <source>Search the audits</source>
        <translation>Rechercher dans les audits</translation>
    </message>
    <message>
        <source>Start the next audit of this institution, from this audit</source>
        <translation>Commencer le prochain audit de cette institution à partir de celui-ci</translation>
    </message>
    <message>
        <source>Institu&amp;tion…</source>
        <translation>Institu&amp;tion…</translation>
    </message>
    <message>
        <source>This institution&apos;s page: its names, audits and timeline</source>
        <translation>La fiche de l&apos;institution&#xa0;: ses noms, ses audits et sa chronologie</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>All (%n audit(s))</source>
        <translation>
            <numerusform>Toutes (%n audit)</numerusform>
            <numerusform>Toutes (%n audits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n audit(s))</source>
        <translation>
            <numerusform>%1 (%n audit)</numerusform>
            <numerusform>%1 (%n audits)</numerusform>
        </translation>
    </message>
    <message>
        <source>New follo&amp;w-up…</source>
        <translation>Audit de &amp;suivi…</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <source>Mark this question to come back to it (Ctrl+L)</source>
        <translation>Marquer cette question pour y revenir (Ctrl+L)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Comment and evidence notes</source>
        <translation>&amp;Commentaire et notes sur les preuves</translation>
    </message>
    <message>
        <source>What you saw, who you asked, which documents you checked…</source>
        <translation>Ce que vous avez vu, qui vous avez interrogé, quels documents vous avez consultés…</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Dernière modification par %1 le %2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>This audit is finalized and read-only. Reopen it to make changes.</source>
        <translation>Cet audit est finalisé et en lecture seule. Rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>This question does not apply, given the answers to earlier questions or the modules chosen. An answer is kept but not counted.</source>
        <translation>Cette question ne s&apos;applique pas, compte tenu des réponses précédentes ou des modules choisis. Une réponse est conservée mais n&apos;est pas comptée.</translation>
    </message>
    <message>
        <source>Fla&amp;g for later</source>
        <translation>&amp;Marquer pour plus tard</translation>
    </message>
    <message>
        <source>Clea&amp;r answer</source>
        <translation>&amp;Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>Aussi connue sous le nom&#xa0;:</translation>
    </message>
    <message>
        <source>Legal type:</source>
        <translation>Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Identifiers:</source>
        <translation>Identifiants&#xa0;:</translation>
    </message>
    <message>
        <source>Jalon identifier:</source>
        <translation>Identifiant Jalon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audits of this institution</source>
        <translation>&amp;Audits de cette institution</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Framework version</source>
        <translation>Version du référentiel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Open audit</source>
        <translation>&amp;Ouvrir l&apos;audit</translation>
    </message>
    <message>
        <source>New &amp;follow-up audit…</source>
        <translation>Nouvel audit de &amp;suivi…</translation>
    </message>
    <message>
        <source>&amp;Confirm these audits are one institution</source>
        <translation>&amp;Confirmer que ces audits sont d&apos;une même institution</translation>
    </message>
    <message>
        <source>&amp;Merge another record into this one…</source>
        <translation>&amp;Fusionner une autre fiche dans celle-ci…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>These audits were grouped because their institution is spelled alike. Check that they are one institution, then confirm; if another record is the same institution, merge it into this one.</source>
        <translation>Ces audits ont été regroupés parce que le nom de leur institution s&apos;écrit de la même façon. Vérifiez qu&apos;il s&apos;agit d&apos;une seule institution, puis confirmez&#xa0;; si une autre fiche est la même institution, fusionnez-la dans celle-ci.</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Score global</translation>
    </message>
</context>
<context>
    <name>InstitutionMergeDialog</name>
    <message>
        <source>Merge an institution record</source>
        <translation>Fusionner une fiche d&apos;institution</translation>
    </message>
    <message>
        <source>Choose the record that is the same institution as %1. Its audits move to %1, its names are kept as former names, and the merge travels in packages to the other installations. It cannot be undone.</source>
        <translation>Choisissez la fiche qui est la même institution que %1. Ses audits passent à %1, ses noms sont gardés comme anciens noms, et la fusion voyage dans les paquets vers les autres installations. Elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Search institutions…</source>
        <translation>Rechercher une institution…</translation>
    </message>
    <message>
        <source>Search institutions</source>
        <translation>Rechercher une institution</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) – %n audit(s)</source>
        <translation>
            <numerusform>%1 (%2) – %n audit</numerusform>
            <numerusform>%1 (%2) – %n audits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JumpToCodeDialog</name>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>e.g. 4.2.1</source>
        <translation>p. ex. 4.2.1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Code or words of the question:</source>
        <translation>&amp;Code ou mots de la question :</translation>
    </message>
    <message>
        <source>Matching questions and groups</source>
        <translation>Questions et groupes correspondants</translation>
    </message>
</context>
<context>
    <name>LowestPracticesList</name>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Plan an action to improve this practice</source>
        <translation>Planifier une action pour améliorer cette pratique</translation>
    </message>
    <message>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <source>&amp;Audit list</source>
        <translation>&amp;Liste des audits</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Prepare for re&amp;moval…</source>
        <translation>Préparer le retrait du &amp;support…</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>Langue du &amp;contenu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Portfo&amp;lio</source>
        <translation>Portefe&amp;uille</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Social performance audits</source>
        <translation>Audits de performance sociale</translation>
    </message>
    <message>
        <source>Portable mode — data in {folder}</source>
        <translation>Mode portable — données dans {folder}</translation>
    </message>
    <message>
        <source>Jalon and its data run from this drive. Before removing it, quit Jalon or use File ▸ Prepare for removal.</source>
        <translation>Jalon et ses données fonctionnent depuis ce support. Avant de le retirer, quittez Jalon ou utilisez Fichier ▸ Préparer le retrait du support.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of %1 kept as typed need correcting before finalizing: %2</source>
        <translation>
            <numerusform>%n réponse de %1 gardée telle que saisie doit être corrigée avant de finaliser : %2</numerusform>
            <numerusform>%n réponses de %1 gardées telles que saisies doivent être corrigées avant de finaliser : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingItemsList</name>
    <message>
        <source>Dimension or section</source>
        <translation>Dimension ou section</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Click a row to go to its first unanswered mandatory question</source>
        <translation>Cliquez sur une ligne pour aller à sa première question obligatoire sans réponse</translation>
    </message>
    <message>
        <source>Mandatory questions still missing</source>
        <translation>Questions obligatoires encore sans réponse</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <source>Search codes, questions, guidance… (Ctrl+F)</source>
        <translation>Rechercher codes, questions, orientations… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only questions in this state</source>
        <translation>Afficher seulement les questions dans cet état</translation>
    </message>
    <message>
        <source>Show only questions for this department</source>
        <translation>Afficher seulement les questions de ce service</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marquées</translation>
    </message>
    <message>
        <source>Mandatory missing</source>
        <translation>Obligatoires manquantes</translation>
    </message>
    <message>
        <source>%1 of %2 questions shown</source>
        <translation>%1 questions affichées sur %2</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Show questions by state</source>
        <translation>Afficher les questions selon leur état</translation>
    </message>
    <message>
        <source>Show questions by department</source>
        <translation>Afficher les questions par service</translation>
    </message>
    <message>
        <source>Questions of the framework</source>
        <translation>Questions du référentiel</translation>
    </message>
    <message>
        <source>Click or press Enter to open a question; digits answer the question on screen.</source>
        <translation>Cliquez ou appuyez sur Entrée pour ouvrir une question ; les chiffres répondent à la question affichée.</translation>
    </message>
    <message>
        <source>Carried, to confirm</source>
        <translation>Repris, à confirmer</translation>
    </message>
    <message>
        <source>With review comments</source>
        <translation>Avec commentaires de revue</translation>
    </message>
</context>
<context>
    <name>NavigatorTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Does not apply, given the answers to earlier questions.</source>
        <translation>Ne s&apos;applique pas, compte tenu des réponses précédentes.</translation>
    </message>
    <message>
        <source>Kept as typed, not a valid answer: %1</source>
        <translation>Gardé tel que saisi, ce n&apos;est pas une réponse valide : %1</translation>
    </message>
    <message>
        <source>Mandatory: not answered yet.</source>
        <translation>Obligatoire&#xa0;: pas encore de réponse.</translation>
    </message>
    <message>
        <source>Flagged for later.</source>
        <translation>Marquée pour plus tard.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 questions répondues sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory answer(s) missing</source>
        <translation>
            <numerusform>%n réponse obligatoire manquante</numerusform>
            <numerusform>%n réponses obligatoires manquantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged for later</source>
        <translation>
            <numerusform>%n marquée pour plus tard</numerusform>
            <numerusform>%n marquées pour plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>(partial: not every scored question is answered)</source>
        <translation>(partiel&#xa0;: toutes les questions notées n&apos;ont pas de réponse)</translation>
    </message>
    <message>
        <source>Carried from the previous audit, to confirm (Ctrl+K keeps it).</source>
        <translation>Repris de l&apos;audit précédent, à confirmer (Ctrl+K la reprend).</translation>
    </message>
    <message>
        <source>Review: a correction is asked here.</source>
        <translation>Revue : une correction est demandée ici.</translation>
    </message>
    <message>
        <source>Review: comments here.</source>
        <translation>Revue : des commentaires ici.</translation>
    </message>
</context>
<context>
    <name>NewAuditDialog</name>
    <message>
        <source>New audit</source>
        <translation>Nouvel audit</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Audit &amp;type:</source>
        <translation>&amp;Type d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Auditors:</source>
        <translation>&amp;Auditeurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period assessed:</source>
        <translation>Pério&amp;de évaluée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Référentiel&#xa0;:</translation>
    </message>
    <message>
        <source>Optional modules:</source>
        <translation>Modules optionnels&#xa0;:</translation>
    </message>
    <message>
        <source>Content &amp;language:</source>
        <translation>&amp;Langue du contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the institution assessed</source>
        <translation>Nom de l&apos;institution évaluée</translation>
    </message>
    <message>
        <source>Country name or code, e.g. Senegal or SN</source>
        <translation>Nom ou code du pays, p. ex. Sénégal ou SN</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Create audit</source>
        <translation>Créer l&apos;audit</translation>
    </message>
    <message>
        <source>Enter the name of the institution.</source>
        <translation>Saisissez le nom de l&apos;institution.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Start of the period assessed</source>
        <translation>Début de la période évaluée</translation>
    </message>
    <message>
        <source>End of the period assessed</source>
        <translation>Fin de la période évaluée</translation>
    </message>
</context>
<context>
    <name>NotApplicableRow</name>
    <message>
        <source>Why does this question not apply? (required)</source>
        <translation>Pourquoi cette question est-elle sans objet&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Why it does not apply</source>
        <translation>Pourquoi elle est sans objet</translation>
    </message>
    <message>
        <source>Give a reason: a question is marked not applicable only with one.</source>
        <translation>Indiquez un motif&#xa0;: une question ne peut être déclarée sans objet qu&apos;avec un motif.</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;Sans objet</translation>
    </message>
</context>
<context>
    <name>OrganizationFormPage</name>
    <message numerus="yes">
        <source>Fields marked * are mandatory. %n mandatory field(s) still empty.</source>
        <translation>
            <numerusform>Les champs marqués * sont obligatoires. %n champ obligatoire est encore vide.</numerusform>
            <numerusform>Les champs marqués * sont obligatoires. %n champs obligatoires sont encore vides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) kept as typed need correcting.</source>
        <translation>
            <numerusform>%n champ gardé tel que saisi doit être corrigé.</numerusform>
            <numerusform>%n champs gardés tels que saisis doivent être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This audit is finalized and read-only. Reopen it to make changes.</source>
        <translation>Cet audit est finalisé et en lecture seule. Rouvrez-le pour le modifier.</translation>
    </message>
    <message>
        <source>%1: %2 · to confirm (Ctrl+K keeps it)</source>
        <translation>%1&#xa0;: %2 · à confirmer (Ctrl+K la reprend)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit%3, more than the %4 the framework allows for it.</source>
        <translation>Passé de %1 à %2 depuis l&apos;audit précédent%3, plus que les %4 que le référentiel admet pour ce chiffre.</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit%3, more than %4 (Jalon&apos;s default check).</source>
        <translation>Passé de %1 à %2 depuis l&apos;audit précédent%3, plus que %4 (contrôle par défaut de Jalon).</translation>
    </message>
    <message>
        <source>Why it changed so much? Enter confirms the figure</source>
        <translation>Pourquoi un tel écart&#xa0;? Entrée confirme le chiffre</translation>
    </message>
    <message>
        <source>Why the figure changed</source>
        <translation>Pourquoi le chiffre a changé</translation>
    </message>
    <message>
        <source>not applicable (%1)</source>
        <translation>sans objet (%1)</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 since the previous audit; confirmed by %3 on %4: %5</source>
        <translation>Passé de %1 à %2 depuis l&apos;audit précédent ; confirmé par %3 le %4 : %5</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export a signed package</source>
        <translation>Exporter un paquet signé</translation>
    </message>
    <message>
        <source>A package carries this audit to another Jalon installation: every answer with its history, the action plan and the evidence files, signed with your key so that the receiver can prove it comes from you and was not changed.</source>
        <translation>Un paquet transporte cet audit vers une autre installation de Jalon&#xa0;: chaque réponse avec son historique, le plan d&apos;action et les pièces justificatives, signés avec votre clé pour que le destinataire puisse prouver qu&apos;il vient de vous et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Audit&#xa0;:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt for:</source>
        <translation>&amp;Chiffrer pour&#xa0;:</translation>
    </message>
    <message>
        <source>optional: one public key per line</source>
        <translation>facultatif&#xa0;: une clé publique par ligne</translation>
    </message>
    <message>
        <source>Leave empty for a package anyone can read and verify. To keep it private on a stick or in an e-mail, give the age public keys (age1…) or ssh-ed25519 keys of the people who may open it.</source>
        <translation>Laissez vide pour un paquet que chacun peut lire et vérifier. Pour qu&apos;il reste confidentiel sur une clé USB ou dans un courriel, indiquez les clés publiques age (age1…) ou ssh-ed25519 des personnes qui pourront l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Also encrypt for my own key, so that I can open the package again</source>
        <translation>Chiffrer aussi pour ma propre clé, afin de pouvoir rouvrir le paquet</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>You have no signing key yet: one is made for {name} when you export (File ▸ Signing key… lets you give your organisation first).</source>
        <translation>Vous n&apos;avez pas encore de clé de signature&#xa0;: une clé est créée pour {name} lors de l&apos;export (Fichier ▸ Clé de signature… permet d&apos;indiquer d&apos;abord votre organisation).</translation>
    </message>
    <message>
        <source>{who}, key {key}</source>
        <translation>{who}, clé {key}</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquets Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>Line {line} of the recipients: {problem}</source>
        <translation>Ligne {line} des destinataires&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Annulé&#xa0;: aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Signing and writing {file}…</source>
        <translation>Signature et écriture de {file}…</translation>
    </message>
    <message>
        <source>Package written to {file} ({size}), signed by {name} with key {key}.</source>
        <translation>Paquet écrit dans {file} ({size}), signé par {name} avec la clé {key}.</translation>
    </message>
    <message numerus="yes">
        <source>Encrypted: only %n recipient(s) can open it.</source>
        <translation>
            <numerusform>Chiffré&#xa0;: seul %n destinataire peut l&apos;ouvrir.</numerusform>
            <numerusform>Chiffré&#xa0;: seuls %n destinataires peuvent l&apos;ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageImportPage</name>
    <message>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Choose .jalon packages received from other installations. Each one is verified (signature, signer, every file) before anything is merged; each gets a receipt.</source>
        <translation>Choisissez les paquets .jalon reçus d&apos;autres installations. Chacun est vérifié (signature, signataire, chaque fichier) avant toute fusion&#xa0;; chacun reçoit un accusé de réception.</translation>
    </message>
    <message>
        <source>Add &amp;packages…</source>
        <translation>Ajouter des &amp;paquets…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Hold packages from unknown or revoked signers in quarantine instead of refusing them</source>
        <translation>Mettre en quarantaine les paquets de signataires inconnus ou révoqués au lieu de les refuser</translation>
    </message>
    <message>
        <source>&amp;Verify and merge</source>
        <translation>&amp;Vérifier et fusionner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Packages to import</source>
        <translation>Paquets à importer</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquets Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Folder of packages</source>
        <translation>Dossier de paquets</translation>
    </message>
    <message numerus="yes">
        <source>Verifying and merging %n package(s)…</source>
        <translation>
            <numerusform>Vérification et fusion de %n paquet…</numerusform>
            <numerusform>Vérification et fusion de %n paquets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current package…</source>
        <translation>Arrêt après le paquet en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) handled</source>
        <translation>
            <numerusform>%n paquet traité</numerusform>
            <numerusform>%n paquets traités</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 packages handled; the others were not touched.</source>
        <translation>Annulé&#xa0;: %1 paquets traités sur %2&#xa0;; les autres n&apos;ont pas été touchés.</translation>
    </message>
    <message numerus="yes">
        <source>; %n merged</source>
        <translation>
            <numerusform>; %n fusionné</numerusform>
            <numerusform>; %n fusionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages chosen</source>
        <translation>Paquets choisis</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Accusés de réception</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Signing key passphrase</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>A new signing key for {name}</source>
        <translation>Une nouvelle clé de signature pour {name}</translation>
    </message>
    <message>
        <source>Signing key {key} of {name}</source>
        <translation>Clé de signature {key} de {name}</translation>
    </message>
    <message>
        <source>Choose a passphrase to protect your signing key. You will type it to sign packages. Nobody can recover it: if it is forgotten, a new key must be made and trusted again.</source>
        <translation>Choisissez une phrase secrète pour protéger votre clé de signature. Vous la taperez pour signer des paquets. Personne ne peut la retrouver&#xa0;: si elle est oubliée, il faudra créer une nouvelle clé et la faire approuver de nouveau.</translation>
    </message>
    <message>
        <source>Type the passphrase of this key to sign or open packages with it.</source>
        <translation>Tapez la phrase secrète de cette clé pour signer ou ouvrir des paquets avec elle.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Re&amp;tapez-la&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Une phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different; type them again.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>PeerNote</name>
    <message>
        <source>Against the {count} institutions of the peer group {group} (benchmark of {date}): the box over each bar spans the group&apos;s middle half, from the first to the third quartile, and the dark tick is its median; on the radar, the dashed line is the peer median.</source>
        <translation>Face aux {count} institutions du groupe de pairs {group} (référence du {date}) : le rectangle sur chaque barre couvre la moitié centrale du groupe, du premier au troisième quartile, et le trait foncé est sa médiane ; sur le radar, la ligne en tirets est la médiane des pairs.</translation>
    </message>
    <message>
        <source>No peer benchmark applies to this audit: the benchmark of {date} has no peer group {group} for this framework version (groups smaller than {minimum} institutions are not published).</source>
        <translation>Aucune référence de pairs ne s&apos;applique à cet audit : la référence du {date} n&apos;a pas de groupe de pairs {group} pour cette version du référentiel (les groupes de moins de {minimum} institutions ne sont pas publiés).</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>country {name}</source>
        <translation>pays {name}</translation>
    </message>
    <message>
        <source>No comparison with peers: the benchmark of {date} holds the peer groups of this framework on version {versions}, and this audit is on version {version}. No crosswalk installed here leads from {version} to {versions}, so the scores of the two versions are not put side by side.</source>
        <translation>Pas de comparaison avec les pairs : la référence du {date} porte sur la version {versions} de ce référentiel, et cet audit est en version {version}. Aucune table de correspondance installée ici ne mène de {version} à {versions} : les scores des deux versions ne sont pas mis côte à côte.</translation>
    </message>
    <message>
        <source>Against the {count} institutions of the peer group {group} (benchmark of {date}), with this audit, made with version {version}, read as version {read_as} through the framework&apos;s crosswalk, as the network&apos;s audits were. The charts show version {version} and carry no peer marks.</source>
        <translation>Face aux {count} institutions du groupe de pairs {group} (référence du {date})&#xa0;; cet audit, fait avec la version {version}, est lu en version {read_as} par la table de correspondance du référentiel, comme l&apos;ont été les audits du réseau. Les graphiques montrent la version {version} et ne portent pas les repères des pairs.</translation>
    </message>
    <message>
        <source>Overall, read as {read_as}: {score}; peer median {median}, middle half {q1} to {q3}.</source>
        <translation>Au total, lu en version {read_as} : {score} ; médiane des pairs {median}, moitié centrale de {q1} à {q3}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Welcome to Jalon</source>
        <translation>Bienvenue dans Jalon</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Who is working on this computer?</source>
        <translation>Qui travaille sur cet ordinateur ?</translation>
    </message>
    <message>
        <source>Your name is recorded with every answer you change, listed among the auditors of the audits you create and shown with the packages you sign. Changes made before keep the name they were made with.</source>
        <translation>Votre nom est enregistré avec chaque réponse que vous modifiez, figure parmi les auditeurs des audits que vous créez et accompagne les paquets que vous signez. Les modifications déjà faites gardent le nom sous lequel elles ont été faites.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>For example: Caisse Rurale de Kolda</source>
        <translation>Par exemple : Caisse Rurale de Kolda</translation>
    </message>
    <message>
        <source>JALON_USER is set to “%1” on this computer: changes are recorded under that name while it is set.</source>
        <translation>JALON_USER vaut « %1 » sur cet ordinateur : les modifications sont enregistrées sous ce nom tant qu&apos;il est défini.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PlanActionsNote</name>
    <message>
        <source>Action plan:</source>
        <translation>Plan d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Every institution with its latest accepted audit, its score and the change since the accepted audit before it, the state of its latest review, the corrections still open, and whether its assessment is out of date. Double-click an institution to open its latest accepted audit.</source>
        <translation>Chaque institution avec son dernier audit accepté, son score et l&apos;évolution depuis l&apos;audit accepté précédent, l&apos;état de sa dernière revue, les corrections encore ouvertes, et si son évaluation est périmée. Double-cliquez sur une institution pour ouvrir son dernier audit accepté.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Open corrections</source>
        <translation>Corrections ouvertes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out of date or never accepted</source>
        <translation>
            <numerusform>%n périmée ou jamais acceptée</numerusform>
            <numerusform>%n périmées ou jamais acceptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) open</source>
        <translation>
            <numerusform>%n correction ouverte</numerusform>
            <numerusform>%n corrections ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>No accepted audit</source>
        <translation>Aucun audit accepté</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>portfolio.xlsx</source>
        <translation>portefeuille.xlsx</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Exporter le portefeuille</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Latest accepted audit</source>
        <translation>Dernier audit accepté</translation>
    </message>
    <message>
        <source>Overall score (%)</source>
        <translation>Score global (%)</translation>
    </message>
    <message>
        <source>Trend (points)</source>
        <translation>Évolution (points)</translation>
    </message>
    <message>
        <source>Portfolio written to %1</source>
        <translation>Portefeuille enregistré dans %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Forget the period chosen here: the framework&apos;s own applies, or two years</source>
        <translation>Oublier la durée choisie ici : celle du référentiel s&apos;applique, sinon deux ans</translation>
    </message>
    <message>
        <source>(chosen here)</source>
        <translation>(choisie ici)</translation>
    </message>
    <message>
        <source>(the framework&apos;s own)</source>
        <translation>(celle du référentiel)</translation>
    </message>
    <message>
        <source>(the default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Validity (months)</source>
        <translation>Validité (mois)</translation>
    </message>
    <message numerus="yes">
        <source>Assessment period ended on %1; validity %n month(s).</source>
        <translation>
            <numerusform>Période évaluée close le %1&#xa0;; validité de %n mois.</numerusform>
            <numerusform>Période évaluée close le %1&#xa0;; validité de %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No period assessed: counted from the acceptance on %1; validity %n month(s).</source>
        <translation>
            <numerusform>Pas de période évaluée&#xa0;: comptée depuis l&apos;acceptation du %1&#xa0;; validité de %n mois.</numerusform>
            <numerusform>Pas de période évaluée&#xa0;: comptée depuis l&apos;acceptation du %1&#xa0;; validité de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Back to the audit list</source>
        <translation>Re&amp;tour à la liste des audits</translation>
    </message>
    <message>
        <source>Validity &amp;period of</source>
        <translation>Durée de &amp;validité pour</translation>
    </message>
    <message>
        <source>An assessment is &amp;out of date after</source>
        <translation>Une évaluation est &amp;périmée après</translation>
    </message>
    <message>
        <source>Framework&apos;s o&amp;wn period</source>
        <translation>Durée du &amp;référentiel</translation>
    </message>
</context>
<context>
    <name>PreviousAnswerPanel</name>
    <message>
        <source>Previous audit (%1)</source>
        <translation>Audit précédent (%1)</translation>
    </message>
    <message>
        <source>Carried, to confirm</source>
        <translation>Repris, à confirmer</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>Sans objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer (comment only)</source>
        <translation>Pas de réponse (commentaire seulement)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Pièces justificatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>&amp;Keep this answer (Ctrl+K)</source>
        <translation>&amp;Reprendre cette réponse (Ctrl+K)</translation>
    </message>
    <message>
        <source>Record the previous answer as this audit&apos;s, in your name and now</source>
        <translation>Enregistrer la réponse précédente comme celle de cet audit, à votre nom et maintenant</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparer &amp;avec :</translation>
    </message>
    <message>
        <source>Dimension or standard</source>
        <translation>Dimension ou norme</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change of practice</source>
        <translation>Évolution des pratiques</translation>
    </message>
    <message>
        <source>Grey bars: the earlier audit; blue bars: the later one. Change of practice: the change over the questions scored in both audits. * What was answered differs, so part of the change is coverage, not practice.</source>
        <translation>Barres grises : l&apos;audit le plus ancien ; barres bleues : le plus récent. Évolution des pratiques : l&apos;évolution sur les seules questions notées dans les deux audits. * Les questions répondues diffèrent : une part de l&apos;évolution tient à la couverture, pas aux pratiques.</translation>
    </message>
    <message>
        <source>{type} · {period} · {status}</source>
        <translation>{type} · {period} · {status}</translation>
    </message>
    <message>
        <source>No other audit of this institution to compare with. A follow-up audit (File ▸ New follow-up audit) will appear here.</source>
        <translation>Aucun autre audit de cette institution à comparer. Un audit de suivi (Fichier ▸ Nouvel audit de suivi) apparaîtra ici.</translation>
    </message>
    <message>
        <source>Overall: {before} ({before_date}) → {after} ({after_date}); change {change}, change of practice {practice}</source>
        <translation>Ensemble : {before} ({before_date}) → {after} ({after_date}) ; évolution {change}, évolution des pratiques {practice}</translation>
    </message>
    <message>
        <source>Questions: {improved} improved, {regressed} regressed, {unchanged} unchanged, {newly} newly assessed, {gone} no longer assessed, {other} not comparable</source>
        <translation>Questions : {improved} en progrès, {regressed} en recul, {unchanged} inchangées, {newly} évaluées pour la première fois, {gone} plus évaluées, {other} non comparables</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status then</source>
        <translation>État alors</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>État aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Its indicators</source>
        <translation>Ses indicateurs</translation>
    </message>
    <message>
        <source>&amp;Action plan of the earlier audit:</source>
        <translation>Plan d&apos;&amp;action de l&apos;audit antérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Not carried over</source>
        <translation>Non reprise</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>En recul</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Newly assessed</source>
        <translation>Évalués pour la première fois</translation>
    </message>
    <message>
        <source>No longer assessed</source>
        <translation>Plus évalués</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>Non comparables</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalués</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>The radar needs at least three scored dimensions.</source>
        <translation>Le radar a besoin d&apos;au moins trois dimensions notées.</translation>
    </message>
</context>
<context>
    <name>ReceiptTableModel</name>
    <message>
        <source>Accepted (new audit)</source>
        <translation>Accepté (nouvel audit)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Held in quarantine</source>
        <translation>Mis en quarantaine</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>New changes</source>
        <translation>Nouvelles modifications</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Changes by %1 (as claimed); signed by %2, key %3</source>
        <translation>Modifications de %1 (selon le paquet)&#xa0;; signé par %2, clé %3</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Jalon: damaged database</source>
        <translation>Jalon&#xa0;: base de données endommagée</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Démarrer avec une base &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>{when} ({reason})</source>
        <translation>{when} ({reason})</translation>
    </message>
    <message>
        <source>{when} ({reason}): damaged, cannot be used</source>
        <translation>{when} ({reason})&#xa0;: endommagée, inutilisable</translation>
    </message>
    <message>
        <source>Your database is damaged</source>
        <translation>Votre base de données est endommagée</translation>
    </message>
    <message>
        <source>Jalon cannot use {file} safely: {problem}.

This happens after a power cut or a failing disk or USB stick. The damaged file will not be deleted: it is moved to {folder}, where support can still look at it.</source>
        <translation>Jalon ne peut pas utiliser {file} en toute sécurité&#xa0;: {problem}.

Cela arrive après une coupure de courant ou avec un disque ou une clé USB défaillants. Le fichier endommagé ne sera pas supprimé&#xa0;: il est déplacé dans {folder}, où l&apos;assistance pourra encore l&apos;examiner.</translation>
    </message>
    <message>
        <source>Choose the backup to restore:</source>
        <translation>Choisissez la sauvegarde à restaurer&#xa0;:</translation>
    </message>
    <message>
        <source>No usable backup was found. Jalon can start with an empty database; your audits can then be brought back from packages you sent or received.</source>
        <translation>Aucune sauvegarde utilisable n&apos;a été trouvée. Jalon peut démarrer avec une base vide&#xa0;; vos audits pourront ensuite être récupérés depuis les paquets envoyés ou reçus.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>This backup is damaged; choose another one.</source>
        <translation>Cette sauvegarde est endommagée&#xa0;; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The backup was taken on {when}. Changes made after that cannot be counted in the damaged file, and will not be in the restored database.</source>
        <translation>La sauvegarde date du {when}. Les modifications faites après ne peuvent pas être comptées dans le fichier endommagé et ne figureront pas dans la base restaurée.</translation>
    </message>
    <message>
        <source>The backup was taken on {when}. The damaged file holds no newer change: nothing is lost.</source>
        <translation>La sauvegarde date du {when}. Le fichier endommagé ne contient aucune modification plus récente&#xa0;: rien n&apos;est perdu.</translation>
    </message>
    <message numerus="yes">
        <source>The backup was taken on {when}. %n change(s) made after that (the last on {last}) will not be in the restored database.</source>
        <translation>
            <numerusform>La sauvegarde date du {when}. %n modification faite après (le {last}) ne figurera pas dans la base restaurée.</numerusform>
            <numerusform>La sauvegarde date du {when}. %n modifications faites après (la dernière le {last}) ne figureront pas dans la base restaurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup of {when} is restored. The damaged file is kept as {file}.</source>
        <translation>La sauvegarde du {when} est restaurée. Le fichier endommagé est conservé sous {file}.</translation>
    </message>
    <message>
        <source>Jalon will start with an empty database. The damaged file is kept as {file}.</source>
        <translation>Jalon va démarrer avec une base vide. Le fichier endommagé est conservé sous {file}.</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Prepare for removal</source>
        <translation>Préparer le retrait du support</translation>
    </message>
    <message>
        <source>&amp;Quit Jalon</source>
        <translation>&amp;Quitter Jalon</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Preparing for removal…</source>
        <translation>Préparation du retrait…</translation>
    </message>
    <message>
        <source>You can remove the drive now</source>
        <translation>Vous pouvez retirer le support maintenant</translation>
    </message>
    <message>
        <source>Every saved answer is written in {file}, checked, and the database is closed. Use your system&apos;s “eject” command if it has one, then remove the drive holding {folder}.

Quit Jalon now, or keep working: the database will be opened again, and you will need to prepare again before removing the drive.</source>
        <translation>Chaque réponse enregistrée est écrite dans {file}, vérifiée, et la base de données est fermée. Utilisez la commande «&#xa0;Éjecter&#xa0;» de votre système s&apos;il en a une, puis retirez le support qui contient {folder}.

Quittez Jalon maintenant, ou continuez à travailler&#xa0;: la base de données sera rouverte, et il faudra préparer de nouveau le retrait avant de retirer le support.</translation>
    </message>
    <message>
        <source>Do not remove the drive yet</source>
        <translation>Ne retirez pas encore le support</translation>
    </message>
    <message>
        <source>Jalon could not make sure that {folder} is safe to remove. Solve what is shown below, then try again.</source>
        <translation>Jalon n&apos;a pas pu s&apos;assurer que {folder} peut être retiré sans risque. Réglez ce qui est indiqué ci-dessous, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the audit</source>
        <translation>Rouvrir l&apos;audit</translation>
    </message>
    <message>
        <source>Reopen {institution}</source>
        <translation>Rouvrir {institution}</translation>
    </message>
    <message>
        <source>Reopening makes the audit editable again and removes its seal; finalizing it again will compute a new one. The reason is recorded in the audit&apos;s log with your name.</source>
        <translation>Rouvrir rend l&apos;audit de nouveau modifiable et retire son sceau&#xa0;; le finaliser à nouveau en calculera un nouveau. Le motif est consigné dans le journal de l&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <source>R&amp;eason for reopening:</source>
        <translation>&amp;Motif de la réouverture&#xa0;:</translation>
    </message>
    <message>
        <source>For example: the board asked to correct the answers on pricing</source>
        <translation>Par exemple&#xa0;: le conseil a demandé de corriger les réponses sur la tarification</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports and exports</source>
        <translation>Rapports et exports</translation>
    </message>
    <message>
        <source>PDF report of this audit</source>
        <translation>Rapport PDF de cet audit</translation>
    </message>
    <message>
        <source>Excel export of this audit</source>
        <translation>Export Excel de cet audit</translation>
    </message>
    <message>
        <source>Fill-in workbook for people without Jalon</source>
        <translation>Classeur à remplir pour les personnes sans Jalon</translation>
    </message>
    <message>
        <source>Consolidated Excel export of all audits</source>
        <translation>Export Excel consolidé de tous les audits</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>all audits</source>
        <translation>tous les audits</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Written to {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Tables of all audits for analysis (Parquet)</source>
        <translation>Tables de tous les audits pour l&apos;analyse (Parquet)</translation>
    </message>
    <message>
        <source>Tables of all audits for analysis (CSV)</source>
        <translation>Tables de tous les audits pour l&apos;analyse (CSV)</translation>
    </message>
    <message>
        <source>Only audits changed since the last export</source>
        <translation>Seulement les audits modifiés depuis le dernier export</translation>
    </message>
    <message>
        <source>audit tables</source>
        <translation>tables des audits</translation>
    </message>
    <message>
        <source>Folder for the tables</source>
        <translation>Dossier des tables</translation>
    </message>
    <message>
        <source>No audit changed since the last export to this folder: nothing was written.</source>
        <translation>Aucun audit n&apos;a changé depuis le dernier export dans ce dossier&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) written to {folder}</source>
        <translation>
            <numerusform>%n audit écrit dans {folder}</numerusform>
            <numerusform>%n audits écrits dans {folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommentPanel</name>
    <message>
        <source>Must be corrected</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>A comment for the site…</source>
        <translation>Un commentaire pour le site…</translation>
    </message>
    <message>
        <source>Your reply to the selected comment…</source>
        <translation>Votre réponse au commentaire sélectionné…</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Commentaire de revue</translation>
    </message>
    <message>
        <source>No review comment here.</source>
        <translation>Aucun commentaire de revue ici.</translation>
    </message>
    <message>
        <source>Review comments on %1</source>
        <translation>Commentaires de revue sur %1</translation>
    </message>
    <message>
        <source>Review comments on the whole audit</source>
        <translation>Commentaires de revue sur l&apos;ensemble de l&apos;audit</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Renvoyé pour correction</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Soumis à nouveau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Whole audit</source>
        <translation>Audit entier</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <source>Must be corrected — open</source>
        <translation>À corriger — ouvert</translation>
    </message>
    <message>
        <source>Must be corrected — replied</source>
        <translation>À corriger — réponse donnée</translation>
    </message>
    <message>
        <source>Must be corrected — answered again</source>
        <translation>À corriger — réponse modifiée</translation>
    </message>
    <message>
        <source>Received</source>
        <comment>after Review:</comment>
        <translation>reçue</translation>
    </message>
    <message>
        <source>In review</source>
        <comment>after Review:</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <comment>after Review:</comment>
        <translation>renvoyée pour correction</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <comment>after Review:</comment>
        <translation>soumise à nouveau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>after Review:</comment>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>after Review:</comment>
        <translation>rejetée</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Commencer la revue</translation>
    </message>
    <message>
        <source>Return to the site…</source>
        <translation>Renvoyer au site…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Motif d&apos;un rejet</translation>
    </message>
    <message>
        <source>Resubmit to the head office…</source>
        <translation>Soumettre à nouveau au siège…</translation>
    </message>
    <message>
        <source>Every review comment</source>
        <translation>Tous les commentaires de revue</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) asked by the head office still open: answer the question again or reply to the comment.</source>
        <translation>
            <numerusform>%n correction demandée par le siège encore ouverte : répondez à nouveau à la question ou répondez au commentaire.</numerusform>
            <numerusform>%n corrections demandées par le siège encore ouvertes : répondez à nouveau à la question ou répondez au commentaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>No correction is open.</source>
        <translation>Aucune correction n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Received in a package; nobody has started reviewing it.</source>
        <translation>Reçu dans un paquet ; personne n&apos;a encore commencé la revue.</translation>
    </message>
    <message>
        <source>Since %1, by %2.</source>
        <translation>Depuis le %1, par %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Claimed: %1, site %2; signed by %3, key %4.</source>
        <translation>Déclaré : %1, site %2 ; signé par %3, clé %4.</translation>
    </message>
    <message>
        <source>a key not in the trust store</source>
        <translation>une clé absente du magasin de confiance</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <source>Jalon packages (*.jalon)</source>
        <translation>Paquets Jalon (*.jalon)</translation>
    </message>
    <message>
        <source>Written to %1 (SHA-256 %2…). Send this file; it is signed with your key.</source>
        <translation>Enregistré dans %1 (SHA-256 %2…). Envoyez ce fichier ; il est signé avec votre clé.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Protected by:</source>
        <translation>Protégée par&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée le&#xa0;:</translation>
    </message>
    <message>
        <source>Public key (minisign format):</source>
        <translation>Clé publique (format minisign)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export the public key…</source>
        <translation>&amp;Exporter la clé publique…</translation>
    </message>
    <message>
        <source>&amp;Copy the public key</source>
        <translation>&amp;Copier la clé publique</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate the key</source>
        <translation>C&amp;réer la clé</translation>
    </message>
    <message>
        <source>The key will be protected by this computer&apos;s keyring: there is no passphrase to remember.</source>
        <translation>La clé sera protégée par le trousseau de cet ordinateur&#xa0;: aucune phrase secrète à retenir.</translation>
    </message>
    <message>
        <source>The key will be protected by a passphrase (portable mode, or no keyring on this computer), so that it opens wherever Jalon runs.</source>
        <translation>La clé sera protégée par une phrase secrète (mode portable, ou pas de trousseau sur cet ordinateur), pour qu&apos;elle s&apos;ouvre partout où Jalon fonctionne.</translation>
    </message>
    <message>
        <source>The key will be protected by the passphrase set in the JALON_KEY_PASSPHRASE environment variable.</source>
        <translation>La clé sera protégée par la phrase secrète définie dans la variable d&apos;environnement JALON_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>You have no signing key yet</source>
        <translation>Vous n&apos;avez pas encore de clé de signature</translation>
    </message>
    <message>
        <source>A signing key proves that the packages you export come from you and were not changed on the way. Give your name and organisation as others should see them.</source>
        <translation>Une clé de signature prouve que les paquets que vous exportez viennent de vous et n&apos;ont pas été modifiés en chemin. Indiquez votre nom et votre organisation tels que les autres doivent les voir.</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <source>Packages you export are signed with this key. Send the public key to whoever must accept your packages (your head office, for example), and read them the key id over the phone so that they can check they received the right one.</source>
        <translation>Les paquets que vous exportez sont signés avec cette clé. Envoyez la clé publique à ceux qui doivent accepter vos paquets (votre siège, par exemple), et lisez-leur l&apos;identifiant de clé au téléphone pour qu&apos;ils vérifient qu&apos;ils ont reçu la bonne.</translation>
    </message>
    <message>
        <source>this computer&apos;s keyring</source>
        <translation>le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>une phrase secrète</translation>
    </message>
    <message>
        <source>Give your name: it is shown with every package you sign.</source>
        <translation>Indiquez votre nom&#xa0;: il apparaît avec chaque paquet que vous signez.</translation>
    </message>
    <message>
        <source>Your signing key {key} is ready.</source>
        <translation>Votre clé de signature {key} est prête.</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>Exporter la clé publique</translation>
    </message>
    <message>
        <source>Minisign public keys (*.pub)</source>
        <translation>Clés publiques minisign (*.pub)</translation>
    </message>
    <message>
        <source>Public key written to {file}</source>
        <translation>Clé publique écrite dans {file}</translation>
    </message>
    <message>
        <source>The public key is copied; paste it into an e-mail or a message.</source>
        <translation>La clé publique est copiée&#xa0;; collez-la dans un courriel ou un message.</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Reports and exports…</source>
        <translation>&amp;Rapports et exports…</translation>
    </message>
    <message>
        <source>Import a filled-in &amp;workbook…</source>
        <translation>Importer un classeur re&amp;mpli…</translation>
    </message>
    <message>
        <source>Import pac&amp;kages…</source>
        <translation>Importer des &amp;paquets…</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;Export a signed package…</source>
        <translation>&amp;Exporter un paquet signé…</translation>
    </message>
    <message>
        <source>&amp;Signing key…</source>
        <translation>Clé de si&amp;gnature…</translation>
    </message>
    <message>
        <source>&amp;Trusted signers…</source>
        <translation>Signa&amp;taires approuvés…</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Install a &amp;framework…</source>
        <translation>Inst&amp;aller un référentiel…</translation>
    </message>
    <message>
        <source>Upgrade to a newer framework &amp;version…</source>
        <translation>Passer à une &amp;version plus récente du référentiel…</translation>
    </message>
    <message>
        <source>New f&amp;ollow-up audit…</source>
        <translation>N&amp;ouvel audit de suivi…</translation>
    </message>
    <message>
        <source>&amp;Institution page…</source>
        <translation>Fiche de l&apos;&amp;institution…</translation>
    </message>
</context>
<context>
    <name>TrustedSignersDialog</name>
    <message>
        <source>Trusted signers</source>
        <translation>Signataires approuvés</translation>
    </message>
    <message>
        <source>Whose packages this installation accepts</source>
        <translation>Signataires dont cette installation accepte les paquets</translation>
    </message>
    <message>
        <source>A package is merged only when its signer is listed here and not revoked. Add a signer from the public key file (.pub) they sent you, after checking the key id with them, by phone for example.</source>
        <translation>Un paquet n&apos;est fusionné que si son signataire figure ici et n&apos;est pas révoqué. Ajoutez un signataire à partir du fichier de clé publique (.pub) qu&apos;il vous a envoyé, après avoir vérifié l&apos;identifiant de clé avec lui, par téléphone par exemple.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Revoke the selected key…</source>
        <translation>&amp;Révoquer la clé choisie…</translation>
    </message>
    <message>
        <source>Trust a new signer</source>
        <translation>Approuver un nouveau signataire</translation>
    </message>
    <message>
        <source>Public key file:</source>
        <translation>Fichier de clé publique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Approuver cette clé</translation>
    </message>
    <message>
        <source>choose a file first</source>
        <translation>choisissez d&apos;abord un fichier</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>revoked on {date}</source>
        <translation>révoquée le {date}</translation>
    </message>
    <message>
        <source>this installation&apos;s key</source>
        <translation>clé de cette installation</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>Key {key} of {name} is revoked: its packages are refused from now on.</source>
        <translation>La clé {key} de {name} est révoquée&#xa0;: ses paquets sont désormais refusés.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Révoquer une clé</translation>
    </message>
    <message>
        <source>Revoke the key of {name}? Packages it signs will be refused, and it can never be trusted again.

Why (lost laptop, left the team…):</source>
        <translation>Révoquer la clé de {name}&#xa0;? Les paquets qu&apos;elle signe seront refusés, et elle ne pourra plus jamais être approuvée.

Pourquoi (ordinateur perdu, départ de l&apos;équipe…)&#xa0;:</translation>
    </message>
    <message>
        <source>Public key of the signer</source>
        <translation>Clé publique du signataire</translation>
    </message>
    <message>
        <source>Minisign public keys (*.pub)</source>
        <translation>Clés publiques minisign (*.pub)</translation>
    </message>
    <message>
        <source>{key}: check it with its owner</source>
        <translation>{key}&#xa0;: vérifiez-le avec son propriétaire</translation>
    </message>
    <message>
        <source>Choose the signer&apos;s public key file first.</source>
        <translation>Choisissez d&apos;abord le fichier de clé publique du signataire.</translation>
    </message>
    <message>
        <source>{name} is trusted: packages signed with key {key} are accepted.</source>
        <translation>{name} est approuvé&#xa0;: les paquets signés avec la clé {key} sont acceptés.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrade to a newer framework version</source>
        <translation>Passer à une version plus récente du référentiel</translation>
    </message>
    <message>
        <source>The audit of {institution} uses {framework} {version}. Its answers move to the newer version along the version&apos;s crosswalk; answers that cannot move stay in the history. Nothing is deleted.</source>
        <translation>L&apos;audit de {institution} utilise {framework} {version}. Ses réponses passent à la nouvelle version en suivant sa table de correspondance ; celles qui ne peuvent pas passer restent dans l&apos;historique. Rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Upgrade to:</source>
        <translation>Passer à :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
    <message>
        <source>No newer version of {framework} with a crosswalk from {version} is bundled or installed.</source>
        <translation>Aucune version plus récente de {framework} avec une table de correspondance depuis {version} n&apos;est fournie ni installée.</translation>
    </message>
    <message>
        <source>Upgraded to {framework} {version}.</source>
        <translation>Passé à {framework} {version}.</translation>
    </message>
    <message>
        <source>{kept} answer(s) kept, {carried} carried to another question, {dropped} not carried (kept in the history as no longer assessed).</source>
        <translation>{kept} réponse(s) conservée(s), {carried} reprise(s) dans une autre question, {dropped} non reprise(s) (gardée(s) dans l&apos;historique comme n&apos;étant plus évaluée(s)).</translation>
    </message>
    <message>
        <source>How the answers move</source>
        <translation>Comment les réponses sont reportées</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Saisissez la réponse</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>Import a fill-in workbook</source>
        <translation>Importer un classeur rempli</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;Classeur :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Fill only questions without an answer</source>
        <translation>&amp;Remplir seulement les questions sans réponse</translation>
    </message>
    <message>
        <source>&amp;Overwrite answers that differ</source>
        <translation>Re&amp;mplacer les réponses qui diffèrent</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Apply the changes</source>
        <translation>Appli&amp;quer les modifications</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Now in Jalon</source>
        <translation>Actuellement dans Jalon</translation>
    </message>
    <message>
        <source>From the workbook</source>
        <translation>Depuis le classeur</translation>
    </message>
    <message>
        <source>Problems (nothing can be imported until they are corrected in the workbook):</source>
        <translation>Problèmes (rien ne peut être importé tant qu&apos;ils ne sont pas corrigés dans le classeur) :</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Choose the filled-in workbook</source>
        <translation>Choisir le classeur rempli</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Lecture du classeur…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply.</source>
        <translation>
            <numerusform>%n modification à appliquer.</numerusform>
            <numerusform>%n modifications à appliquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) differ from the workbook but are kept: only questions without an answer are filled.</source>
        <translation>
            <numerusform>%n réponse diffère du classeur mais est conservée : seules les questions sans réponse sont remplies.</numerusform>
            <numerusform>%n réponses diffèrent du classeur mais sont conservées : seules les questions sans réponse sont remplies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook brings nothing new.</source>
        <translation>Le classeur n&apos;apporte rien de nouveau.</translation>
    </message>
    <message>
        <source>Backing up the database, then applying the changes…</source>
        <translation>Sauvegarde de la base de données, puis application des modifications…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in the audit.</source>
        <translation>
            <numerusform>%n modification enregistrée dans l&apos;audit.</numerusform>
            <numerusform>%n modifications enregistrées dans l&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the workbook brings</source>
        <translation>Modifications apportées par le classeur</translation>
    </message>
    <message>
        <source>Problems found in the workbook</source>
        <translation>Problèmes trouvés dans le classeur</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Question &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation>Prochaine question sans répo&amp;nse</translation>
    </message>
    <message>
        <source>&amp;Go to code…</source>
        <translation>&amp;Aller au code…</translation>
    </message>
    <message>
        <source>&amp;Search questions</source>
        <translation>Rec&amp;hercher des questions</translation>
    </message>
    <message>
        <source>&amp;Flag for later</source>
        <translation>&amp;Marquer pour plus tard</translation>
    </message>
    <message>
        <source>Back to the &amp;answer</source>
        <translation>Re&amp;tour à la réponse</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Plan d&apos;&amp;action</translation>
    </message>
    <message>
        <source>Add an action for this &amp;question…</source>
        <translation>Ajouter une action pour cette &amp;question…</translation>
    </message>
    <message>
        <source>Fina&amp;lize audit…</source>
        <translation>&amp;Finaliser l&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Reopen audit…</source>
        <translation>Ro&amp;uvrir l&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Close audit</source>
        <translation>Fermer l&apos;au&amp;dit</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <source>&amp;Keep the previous audit&apos;s answer</source>
        <translation>&amp;Reprendre la réponse de l&apos;audit précédent</translation>
    </message>
</context>
<context>
    <name>WorkspaceHeader</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>audit {id} is on {framework} {version}; its follow-up can use that version or a newer one holding a crosswalk from it, which {other} {other_version} does not</source>
        <translation>l&apos;audit {id} utilise {framework} {version} ; son audit de suivi peut utiliser cette version ou une version plus récente qui contient une table de correspondance depuis elle, ce qui n&apos;est pas le cas de {other} {other_version}</translation>
    </message>
    <message>
        <source>{code} has no answer from a previous audit to keep</source>
        <translation>{code} n&apos;a pas de réponse d&apos;un audit précédent à reprendre</translation>
    </message>
    <message>
        <source>{code} was carried over from the previous audit; confirm it or change it</source>
        <translation>{code} a été repris de l&apos;audit précédent ; confirmez-le ou modifiez-le</translation>
    </message>
    <message>
        <source>audits {a} ({a_name}) and {b} ({b_name}) are audits of different institutions; if they are one, merge them first (jalon institution merge)</source>
        <translation>les audits {a} ({a_name}) et {b} ({b_name}) portent sur deux institutions différentes ; s&apos;il s&apos;agit de la même, fusionnez-les d&apos;abord (jalon institution merge)</translation>
    </message>
    <message>
        <source>comparing an audit on {old} {old_version} with one on {new} {new_version} needs a crosswalk between the two versions, which {new} {new_version} does not hold</source>
        <translation>comparer un audit sur {old} {old_version} à un audit sur {new} {new_version} demande une table de correspondance entre les deux versions, que {new} {new_version} ne contient pas</translation>
    </message>
    <message>
        <source>give two different audits to compare</source>
        <translation>indiquez deux audits différents à comparer</translation>
    </message>
    <message>
        <source>no institution {ref!r}</source>
        <translation>aucune institution {ref!r}</translation>
    </message>
    <message>
        <source>no institution {ref!r}; give at least {n} characters of its id</source>
        <translation>aucune institution {ref!r} ; donnez au moins {n} caractères de son identifiant</translation>
    </message>
    <message>
        <source>{name} ({id}) is already that institution</source>
        <translation>{name} ({id}) est déjà cette institution</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} institutions; give more of the id</source>
        <translation>{ref!r} correspond à {count} institutions ; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>SHA256SUMS in the package disagrees with its manifest</source>
        <translation>le fichier SHA256SUMS du paquet ne concorde pas avec son manifeste</translation>
    </message>
    <message>
        <source>a cell holds more than {limit} characters</source>
        <translation>une cellule contient plus de {limit} caractères</translation>
    </message>
    <message>
        <source>a finalized audit cannot be deleted; reopen it first</source>
        <translation>un audit finalisé ne peut pas être supprimé&#xa0;; rouvrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a key id has 8 bytes</source>
        <translation>un identifiant de clé fait 8 octets</translation>
    </message>
    <message>
        <source>a key passphrase needs at least {n} characters</source>
        <translation>une phrase secrète de clé doit compter au moins {n} caractères</translation>
    </message>
    <message>
        <source>a minisign public key file has one comment line and one key line</source>
        <translation>un fichier de clé publique minisign contient une ligne de commentaire et une ligne de clé</translation>
    </message>
    <message>
        <source>a passphrase is needed for the {purpose}: set the JALON_KEY_PASSPHRASE environment variable or run Jalon where it can ask</source>
        <translation>une phrase secrète est nécessaire pour {purpose}&#xa0;: définissez la variable d&apos;environnement JALON_KEY_PASSPHRASE ou lancez Jalon là où il peut la demander</translation>
    </message>
    <message>
        <source>a passphrase is needed to unlock the signing key</source>
        <translation>une phrase secrète est nécessaire pour déverrouiller la clé de signature</translation>
    </message>
    <message>
        <source>a public key needs an 8-byte key id and a 32-byte key</source>
        <translation>une clé publique doit avoir un identifiant de 8 octets et une clé de 32 octets</translation>
    </message>
    <message>
        <source>a reason is needed to mark an item not applicable</source>
        <translation>un motif est nécessaire pour déclarer un élément sans objet</translation>
    </message>
    <message>
        <source>a reason is needed to reopen a finalized audit</source>
        <translation>un motif est nécessaire pour rouvrir un audit finalisé</translation>
    </message>
    <message>
        <source>a signing key needs the name of its owner</source>
        <translation>une clé de signature doit porter le nom de son propriétaire</translation>
    </message>
    <message>
        <source>an action needs a description</source>
        <translation>une action doit avoir une description</translation>
    </message>
    <message>
        <source>another key with the id {key} is already trusted (as {name}); key ids must be unique</source>
        <translation>une autre clé avec l&apos;identifiant {key} est déjà approuvée (au nom de {name})&#xa0;; les identifiants de clé doivent être uniques</translation>
    </message>
    <message>
        <source>answering {code} with its worst choice left the score at {percent} %</source>
        <translation>répondre à {code} par son pire choix a laissé le score à {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>audit.json in the package does not describe the audit its manifest names ({id})</source>
        <translation>le fichier audit.json du paquet ne décrit pas l&apos;audit nommé par son manifeste ({id})</translation>
    </message>
    <message>
        <source>bundled framework {file} is damaged: {problem}</source>
        <translation>le référentiel fourni {file} est endommagé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot encrypt to {key}: it is neither a key of this installation nor a trusted signer</source>
        <translation>impossible de chiffrer pour {key}&#xa0;: ce n&apos;est ni une clé de cette installation ni un signataire approuvé</translation>
    </message>
    <message>
        <source>cannot encrypt to {key}: that key was revoked</source>
        <translation>impossible de chiffrer pour {key}&#xa0;: cette clé a été révoquée</translation>
    </message>
    <message>
        <source>cannot open the database {file}: {reason}</source>
        <translation>impossible d&apos;ouvrir la base de données {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write a copy of {file} to open it: {reason}</source>
        <translation>impossible d&apos;écrire une copie de {file} pour l&apos;ouvrir&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {reason}</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the package to {file}: {reason}</source>
        <translation>impossible d&apos;écrire le paquet dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: permission denied (is it open in another program?)</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: permission refusée (est-il ouvert dans un autre programme&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d&apos;écrire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>conflict {id} is about {indicator}, which framework {framework} does not have</source>
        <translation>le conflit {id} porte sur {indicator}, que le référentiel {framework} ne contient pas</translation>
    </message>
    <message>
        <source>encryption needs at least one recipient</source>
        <translation>le chiffrement nécessite au moins un destinataire</translation>
    </message>
    <message>
        <source>every answer is the best choice but the score is {percent} %, not 100 %</source>
        <translation>toutes les réponses sont le meilleur choix mais le score est de {percent}&#xa0;%, pas de 100&#xa0;%</translation>
    </message>
    <message>
        <source>framework {framework} has no module {module} (modules: {known})</source>
        <translation>le référentiel {framework} n&apos;a pas de module {module} (modules&#xa0;: {known})</translation>
    </message>
    <message>
        <source>framework {framework} is not written in {language} (languages: {known})</source>
        <translation>le référentiel {framework} n&apos;est pas rédigé en {language} (langues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>framework {id} has no question with a worse choice</source>
        <translation>le référentiel {id} n&apos;a aucune question avec un choix moins bon</translation>
    </message>
    <message>
        <source>framework {id} has no scored question</source>
        <translation>le référentiel {id} n&apos;a aucune question notée</translation>
    </message>
    <message>
        <source>framework.json in the package is not a valid framework ({reason})</source>
        <translation>le fichier framework.json du paquet n&apos;est pas un référentiel valide ({reason})</translation>
    </message>
    <message>
        <source>framework.json in the package is not in the canonical form its hash was computed on</source>
        <translation>le fichier framework.json du paquet n&apos;est pas sous la forme canonique sur laquelle son empreinte a été calculée</translation>
    </message>
    <message>
        <source>framework.json in the package is not the framework its manifest names (hash {hash}…)</source>
        <translation>le fichier framework.json du paquet n&apos;est pas le référentiel nommé par son manifeste (empreinte {hash}…)</translation>
    </message>
    <message>
        <source>give the name of the person or office the key belongs to</source>
        <translation>indiquez le nom de la personne ou du bureau à qui appartient la clé</translation>
    </message>
    <message>
        <source>importing the same package twice changed the audit ({status})</source>
        <translation>importer deux fois le même paquet a modifié l&apos;audit ({status})</translation>
    </message>
    <message>
        <source>invalid backup reason {reason!r}</source>
        <translation>motif de sauvegarde non valide {reason!r}</translation>
    </message>
    <message>
        <source>key {key} is not in the trust store</source>
        <translation>la clé {key} n&apos;est pas dans le magasin de confiance</translation>
    </message>
    <message>
        <source>key {key} is one of this installation&apos;s own keys</source>
        <translation>la clé {key} est l&apos;une des clés de cette installation</translation>
    </message>
    <message>
        <source>key {key} of {name} is already revoked (on {date})</source>
        <translation>la clé {key} de {name} est déjà révoquée (le {date})</translation>
    </message>
    <message>
        <source>key {key} of {name} was revoked on {date} and cannot be trusted again; ask for a new key</source>
        <translation>la clé {key} de {name} a été révoquée le {date} et ne peut plus être approuvée&#xa0;; demandez une nouvelle clé</translation>
    </message>
    <message>
        <source>manifest.json.minisig holds invalid base64</source>
        <translation>manifest.json.minisig contient du base64 non valide</translation>
    </message>
    <message>
        <source>manifest.json.minisig is not a minisign signature file (four lines with untrusted and trusted comments)</source>
        <translation>manifest.json.minisig n&apos;est pas un fichier de signature minisign (quatre lignes avec commentaires non fiable et fiable)</translation>
    </message>
    <message>
        <source>manifest.json.minisig is not an Ed25519 minisign signature</source>
        <translation>manifest.json.minisig n&apos;est pas une signature minisign Ed25519</translation>
    </message>
    <message>
        <source>no audit {ref!r}</source>
        <translation>aucun audit {ref!r}</translation>
    </message>
    <message>
        <source>no audit {ref!r}; give at least {n} characters of its id</source>
        <translation>aucun audit {ref!r}&#xa0;; donnez au moins {n} caractères de son identifiant</translation>
    </message>
    <message>
        <source>no backup {ref!r}; &apos;jalon backup list&apos; shows them</source>
        <translation>aucune sauvegarde {ref!r}&#xa0;; &apos;jalon backup list&apos; les affiche</translation>
    </message>
    <message>
        <source>no bundled framework was found</source>
        <translation>aucun référentiel fourni n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>no bundled framework {id!r} (bundled: {known})</source>
        <translation>aucun référentiel fourni {id!r} (fournis&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no conflict {ref!r}</source>
        <translation>aucun conflit {ref!r}</translation>
    </message>
    <message>
        <source>no conflict {ref!r}; give at least {n} characters of its id</source>
        <translation>aucun conflit {ref!r}&#xa0;; donnez au moins {n} caractères de son identifiant</translation>
    </message>
    <message>
        <source>no framework {ref!r}: give a bundled framework ({known}) or an .xlsx file</source>
        <translation>aucun référentiel {ref!r}&#xa0;: indiquez un référentiel fourni ({known}) ou un fichier .xlsx</translation>
    </message>
    <message>
        <source>no signing key {key} on this installation</source>
        <translation>aucune clé de signature {key} sur cette installation</translation>
    </message>
    <message>
        <source>no system keyring is available here; protect the key with a passphrase instead</source>
        <translation>aucun trousseau système n&apos;est disponible ici&#xa0;; protégez plutôt la clé par une phrase secrète</translation>
    </message>
    <message>
        <source>no system keyring to hold the key</source>
        <translation>aucun trousseau système pour conserver la clé</translation>
    </message>
    <message>
        <source>reports can be written in {known}, not {language!r}</source>
        <translation>les rapports peuvent être rédigés en {known}, pas en {language!r}</translation>
    </message>
    <message>
        <source>revision {id} in the package refers to a parent {parent} that neither the package nor this installation holds</source>
        <translation>la révision {id} du paquet renvoie à un parent {parent} que ni le paquet ni cette installation ne contiennent</translation>
    </message>
    <message>
        <source>revision {id} of a conflict is missing from the database</source>
        <translation>la révision {id} d&apos;un conflit manque dans la base de données</translation>
    </message>
    <message>
        <source>revision {id} of answer {indicator} descends from a revision of another answer</source>
        <translation>la révision {id} de la réponse {indicator} descend d&apos;une révision d&apos;une autre réponse</translation>
    </message>
    <message>
        <source>revision {id} of answer {indicator} refers to a parent {parent} missing from the package</source>
        <translation>la révision {id} de la réponse {indicator} renvoie à un parent {parent} absent du paquet</translation>
    </message>
    <message>
        <source>signer.pub in the package is not a minisign public key</source>
        <translation>signer.pub dans le paquet n&apos;est pas une clé publique minisign</translation>
    </message>
    <message>
        <source>signing key {key} is kept in a system keyring, and none is available here</source>
        <translation>la clé de signature {key} est conservée dans un trousseau système, et aucun n&apos;est disponible ici</translation>
    </message>
    <message>
        <source>the Excel report {file} is incomplete ({rows} rows)</source>
        <translation>le rapport Excel {file} est incomplet ({rows} lignes)</translation>
    </message>
    <message>
        <source>the PDF report {file} is incomplete ({pages} pages)</source>
        <translation>le rapport PDF {file} est incomplet ({pages} pages)</translation>
    </message>
    <message>
        <source>the audit cannot be finalized yet: {count} item(s) need attention, first {first}</source>
        <translation>l&apos;audit ne peut pas encore être finalisé&#xa0;: {count} élément(s) à revoir, d&apos;abord {first}</translation>
    </message>
    <message>
        <source>the audit is not finalized</source>
        <translation>l&apos;audit n&apos;est pas finalisé</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized on this installation, and the package would change it; the package is held in quarantine until the audit is reopened</source>
        <translation>l&apos;audit de {institution} est finalisé sur cette installation et le paquet le modifierait&#xa0;; le paquet est mis en quarantaine jusqu&apos;à la réouverture de l&apos;audit</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; a fill-in workbook is only useful for a draft</source>
        <translation>l&apos;audit de {institution} est finalisé&#xa0;; un classeur à remplir ne sert que pour un brouillon</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before changing it</source>
        <translation>l&apos;audit de {institution} est finalisé&#xa0;; rouvrez-le avec un motif avant de le modifier</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before resolving its conflicts</source>
        <translation>l&apos;audit de {institution} est finalisé&#xa0;; rouvrez-le avec un motif avant de résoudre ses conflits</translation>
    </message>
    <message>
        <source>the backup could not be written in {folder}: {reason}</source>
        <translation>la sauvegarde n&apos;a pas pu être écrite dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the backup {name} cannot be restored: {problem}</source>
        <translation>la sauvegarde {name} ne peut pas être restaurée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the creation time {value!r} is not a timestamp</source>
        <translation>la date de création {value!r} n&apos;est pas un horodatage</translation>
    </message>
    <message>
        <source>the database {file} cannot be opened: its folder is missing or not writable</source>
        <translation>la base de données {file} ne peut pas être ouverte&#xa0;: son dossier manque ou n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the database {file} cannot use write-ahead logging (mode {mode})</source>
        <translation>la base de données {file} ne peut pas utiliser la journalisation anticipée (mode {mode})</translation>
    </message>
    <message>
        <source>the database {file} could not be written: {reason}</source>
        <translation>la base de données {file} n&apos;a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the history of answer {indicator} in the package goes round in a circle</source>
        <translation>l&apos;historique de la réponse {indicator} dans le paquet tourne en rond</translation>
    </message>
    <message>
        <source>{file} contains XML entity declarations, which spreadsheets never hold (an &apos;XML bomb&apos;, or an attempt to read other files); it was refused unread</source>
        <translation>{file} contient des déclarations d&apos;entités XML, ce qu&apos;un tableur ne contient jamais (une «&#xa0;bombe XML&#xa0;», ou une tentative de lire d&apos;autres fichiers)&#xa0;; il a été refusé sans être lu</translation>
    </message>
    <message>
        <source>the database {file} is damaged ({problem}); do not remove the medium, copy the folder and contact support</source>
        <translation>la base de données {file} est endommagée ({problem})&#xa0;; ne retirez pas le support, copiez le dossier et contactez l&apos;assistance</translation>
    </message>
    <message>
        <source>an action of the plan is older in the package; this installation&apos;s is kept</source>
        <translation>une action du plan est plus ancienne dans le paquet&#xa0;; celle de cette installation est conservée</translation>
    </message>
    <message>
        <source>an action of the plan was removed, as it was on the package&apos;s installation</source>
        <translation>une action du plan a été retirée, comme sur l&apos;installation d&apos;origine du paquet</translation>
    </message>
    <message>
        <source>an action of the plan was replaced by the more recent version from the package</source>
        <translation>une action du plan a été remplacée par la version plus récente du paquet</translation>
    </message>
    <message>
        <source>benchmark.json holds an impossible value at {where} (scores run from 0 to 100 in order Q1, median, Q3; counts reach the minimum group size)</source>
        <translation>benchmark.json contient une valeur impossible à {where} (les scores vont de 0 à 100 dans l&apos;ordre Q1, médiane, Q3 ; les effectifs atteignent la taille minimale des groupes)</translation>
    </message>
    <message>
        <source>benchmark.json is malformed at {where}: a JSON {expected} is expected there</source>
        <translation>benchmark.json est mal formé à {where} : une valeur JSON de type {expected} y est attendue</translation>
    </message>
    <message>
        <source>give your name: it is recorded with every change you make</source>
        <translation>donnez votre nom : il est enregistré avec chaque modification que vous faites</translation>
    </message>
    <message>
        <source>the audit is now finalized here too, with the same seal</source>
        <translation>l&apos;audit est désormais finalisé ici aussi, avec le même sceau</translation>
    </message>
    <message>
        <source>the audit&apos;s description differs in the package; this installation&apos;s is kept</source>
        <translation>la description de l&apos;audit diffère dans le paquet&#xa0;; celle de cette installation est conservée</translation>
    </message>
    <message>
        <source>the database {file} has a schema version no Jalon writes ({version}); it was changed outside Jalon: restore a backup or open it with the Jalon that made it</source>
        <translation>la base de données {file} a une version de schéma qu&apos;aucun Jalon n&apos;écrit ({version}) ; elle a été modifiée hors de Jalon : restaurez une sauvegarde ou ouvrez-la avec le Jalon qui l&apos;a créée</translation>
    </message>
    <message>
        <source>the database {file} is damaged ({problem}); no backup was made so that the good backups are kept</source>
        <translation>la base de données {file} est endommagée ({problem})&#xa0;; aucune sauvegarde n&apos;a été faite afin de garder les bonnes sauvegardes</translation>
    </message>
    <message>
        <source>the database {file} is damaged or not a Jalon database ({reason}); its backups can be restored from the window shown when Jalon starts, or with &apos;jalon backup restore&apos;</source>
        <translation>la base de données {file} est endommagée ou n&apos;est pas une base Jalon ({reason})&#xa0;; ses sauvegardes peuvent être restaurées depuis la fenêtre affichée au démarrage de Jalon, ou avec &apos;jalon backup restore&apos;</translation>
    </message>
    <message>
        <source>the database {file} is in use by another Jalon window or program; close it and try again</source>
        <translation>la base de données {file} est utilisée par une autre fenêtre Jalon ou un autre programme&#xa0;; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder; nothing can be saved there. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de données {file} est sur un support ou un dossier en lecture seule&#xa0;; rien ne peut y être enregistré. Copiez le dossier des données dans un endroit accessible en écriture, ou ouvrez-le avec --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder; nothing was saved. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de données {file} est sur un support ou un dossier en lecture seule&#xa0;; rien n&apos;a été enregistré. Copiez le dossier des données dans un endroit accessible en écriture, ou ouvrez-le avec --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is still open in another Jalon window or program; close it, then prepare for removal again</source>
        <translation>la base de données {file} est encore ouverte dans une autre fenêtre Jalon ou un autre programme&#xa0;; fermez-le, puis préparez de nouveau le retrait</translation>
    </message>
    <message>
        <source>the database {file} was replaced by another file while Jalon was using it; nothing was saved. Restart Jalon to open the new file</source>
        <translation>la base de données {file} a été remplacée par un autre fichier pendant que Jalon l&apos;utilisait&#xa0;; rien n&apos;a été enregistré. Redémarrez Jalon pour ouvrir le nouveau fichier</translation>
    </message>
    <message>
        <source>the database {file} was written by a newer version of Jalon (it has schema change {change}); update Jalon to open it</source>
        <translation>la base de données {file} a été écrite par une version plus récente de Jalon (elle contient la modification de schéma {change})&#xa0;; mettez Jalon à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the decrypted package is larger than {limit} MB</source>
        <translation>le paquet déchiffré dépasse {limit} Mo</translation>
    </message>
    <message>
        <source>the disk holding {file} is full; nothing was saved. Free some space and try again</source>
        <translation>le disque qui contient {file} est plein&#xa0;; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; the backup was not made</source>
        <translation>le disque qui contient {folder} est plein&#xa0;; la sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>the drive holding {file} reported a read or write error (unplugged, failing or network drive?); nothing was saved. Check the drive and try again</source>
        <translation>le lecteur qui contient {file} a signalé une erreur de lecture ou d&apos;écriture (débranché, défaillant ou lecteur réseau&#xa0;?)&#xa0;; rien n&apos;a été enregistré. Vérifiez le lecteur et réessayez</translation>
    </message>
    <message>
        <source>the encrypted package is damaged and cannot be decrypted ({reason})</source>
        <translation>le paquet chiffré est endommagé et ne peut pas être déchiffré ({reason})</translation>
    </message>
    <message>
        <source>the evidence file {file} is missing</source>
        <translation>la pièce justificative {file} est introuvable</translation>
    </message>
    <message>
        <source>the files in the package add up to more than {limit} MB</source>
        <translation>les fichiers du paquet totalisent plus de {limit} Mo</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the framework of audit {id} is missing from the database</source>
        <translation>le référentiel de l&apos;audit {id} manque dans la base de données</translation>
    </message>
    <message>
        <source>the imported audit scores differently from the exported one</source>
        <translation>l&apos;audit importé n&apos;a pas le même score que l&apos;audit exporté</translation>
    </message>
    <message>
        <source>the imported audit&apos;s answers differ from the exported ones</source>
        <translation>les réponses de l&apos;audit importé diffèrent de celles de l&apos;audit exporté</translation>
    </message>
    <message>
        <source>the institution name is required</source>
        <translation>le nom de l&apos;institution est obligatoire</translation>
    </message>
    <message>
        <source>the key file {file} cannot be read: {reason}</source>
        <translation>le fichier de clé {file} ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the key file {file} does not match its keyring entry</source>
        <translation>le fichier de clé {file} ne correspond pas à son entrée du trousseau</translation>
    </message>
    <message>
        <source>the key file {file} holds another key</source>
        <translation>le fichier de clé {file} contient une autre clé</translation>
    </message>
    <message>
        <source>the key file {file} is damaged</source>
        <translation>le fichier de clé {file} est endommagé</translation>
    </message>
    <message>
        <source>the key file {file} is missing</source>
        <translation>le fichier de clé {file} est introuvable</translation>
    </message>
    <message>
        <source>the key file {file} was written by a newer Jalon</source>
        <translation>le fichier de clé {file} a été écrit par une version plus récente de Jalon</translation>
    </message>
    <message>
        <source>the key would expire ({until}) before it becomes valid ({start})</source>
        <translation>la clé expirerait ({until}) avant de devenir valide ({start})</translation>
    </message>
    <message>
        <source>the keyring entry for signing key {key} is damaged</source>
        <translation>l&apos;entrée du trousseau pour la clé de signature {key} est endommagée</translation>
    </message>
    <message>
        <source>the manifest names framework {id} {version}, but framework.json is {actual}</source>
        <translation>le manifeste nomme le référentiel {id} {version}, mais framework.json est {actual}</translation>
    </message>
    <message>
        <source>the package answers {indicator}, which framework {framework} does not have</source>
        <translation>le paquet répond à {indicator}, que le référentiel {framework} ne contient pas</translation>
    </message>
    <message>
        <source>the package changes revision {id} of answer {indicator}, which this installation already holds with other content; history is never rewritten</source>
        <translation>le paquet modifie la révision {id} de la réponse {indicator}, que cette installation possède déjà avec un autre contenu&#xa0;; l&apos;historique n&apos;est jamais réécrit</translation>
    </message>
    <message>
        <source>the package claims key {key} of {name}, but its public key is not the one trusted under that id</source>
        <translation>le paquet se réclame de la clé {key} de {name}, mais sa clé publique n&apos;est pas celle approuvée sous cet identifiant</translation>
    </message>
    <message>
        <source>the package could not be encrypted: {reason}</source>
        <translation>le paquet n&apos;a pas pu être chiffré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the package has no {name}</source>
        <translation>le paquet n&apos;a pas de {name}</translation>
    </message>
    <message>
        <source>the package holds a link ({name}); a package holds only plain files</source>
        <translation>le paquet contient un lien ({name})&#xa0;; un paquet ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>the package holds a password-protected entry ({name})</source>
        <translation>le paquet contient une entrée protégée par mot de passe ({name})</translation>
    </message>
    <message>
        <source>the package holds an entry that climbs out of its folder ({name})</source>
        <translation>le paquet contient une entrée qui sort de son dossier ({name})</translation>
    </message>
    <message>
        <source>the package holds an entry with an absolute path ({name}); a package never does</source>
        <translation>le paquet contient une entrée avec un chemin absolu ({name})&#xa0;; un paquet n&apos;en contient jamais</translation>
    </message>
    <message>
        <source>the package holds audit {found}, not {expected}</source>
        <translation>le paquet contient l&apos;audit {found}, pas {expected}</translation>
    </message>
    <message>
        <source>the package holds {count} files, more than {limit}</source>
        <translation>le paquet contient {count} fichiers, plus que {limit}</translation>
    </message>
    <message>
        <source>the package holds {name} twice</source>
        <translation>le paquet contient deux fois {name}</translation>
    </message>
    <message>
        <source>the package holds {name}, which no Jalon package has</source>
        <translation>le paquet contient {name}, qu&apos;aucun paquet Jalon ne contient</translation>
    </message>
    <message>
        <source>the package holds {path}, which its manifest does not list (added after signing?)</source>
        <translation>le paquet contient {path}, que son manifeste ne liste pas (ajouté après la signature&#xa0;?)</translation>
    </message>
    <message>
        <source>the package holds {path}, which no evidence entry uses</source>
        <translation>le paquet contient {path}, qu&apos;aucune pièce justificative n&apos;utilise</translation>
    </message>
    <message>
        <source>the package is damaged or incomplete (was the copy cut short?): {reason}</source>
        <translation>le paquet est endommagé ou incomplet (la copie a-t-elle été interrompue&#xa0;?)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the package is damaged: {name} cannot be read ({reason})</source>
        <translation>le paquet est endommagé&#xa0;: {name} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the package is damaged: {name} does not have the size its zip entry declares</source>
        <translation>le paquet est endommagé&#xa0;: {name} n&apos;a pas la taille déclarée par son entrée zip</translation>
    </message>
    <message>
        <source>the package is encrypted and this installation has no key to open it</source>
        <translation>le paquet est chiffré et cette installation n&apos;a aucune clé pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the package is encrypted for other recipients; none of this installation&apos;s keys can open it</source>
        <translation>le paquet est chiffré pour d&apos;autres destinataires&#xa0;; aucune clé de cette installation ne peut l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the package is signed by key {key} of {name}, revoked on {date} ({reason})</source>
        <translation>le paquet est signé par la clé {key} de {name}, révoquée le {date} ({reason})</translation>
    </message>
    <message>
        <source>the package is {size} MB, more than the {limit} MB a package may hold</source>
        <translation>le paquet fait {size} Mo, plus que les {limit} Mo autorisés pour un paquet</translation>
    </message>
    <message>
        <source>the package lacks the evidence file {name} that audit.json lists</source>
        <translation>il manque au paquet la pièce justificative {name} que liste audit.json</translation>
    </message>
    <message>
        <source>the package lacks {path}, which its manifest lists</source>
        <translation>il manque au paquet {path}, que liste son manifeste</translation>
    </message>
    <message>
        <source>the package says the audit is finalized, but its content does not match the finalization seal</source>
        <translation>le paquet indique que l&apos;audit est finalisé, mais son contenu ne correspond pas au sceau de finalisation</translation>
    </message>
    <message>
        <source>the package uses format version {version}, newer than this Jalon understands ({known}); update Jalon to read it</source>
        <translation>le paquet utilise la version de format {version}, plus récente que celles que comprend ce Jalon ({known})&#xa0;; mettez Jalon à jour pour le lire</translation>
    </message>
    <message>
        <source>the package verification process did not start; details are in the log file</source>
        <translation>le processus de vérification des paquets n&apos;a pas démarré&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <source>the package was signed on {signed}, after key {key} of {name} expired ({valid})</source>
        <translation>le paquet a été signé le {signed}, après l&apos;expiration de la clé {key} de {name} ({valid})</translation>
    </message>
    <message>
        <source>the package was signed on {signed}, before key {key} of {name} became valid ({valid})</source>
        <translation>le paquet a été signé le {signed}, avant que la clé {key} de {name} ne devienne valide ({valid})</translation>
    </message>
    <message>
        <source>the package written to {file} cannot be read back: {reason}</source>
        <translation>le paquet écrit dans {file} ne peut pas être relu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the package written to {file} reads back differently (the disk or stick may be failing); it was removed — try another place</source>
        <translation>le paquet écrit dans {file} se relit différemment (le disque ou la clé est peut-être défaillant)&#xa0;; il a été supprimé — essayez un autre emplacement</translation>
    </message>
    <message>
        <source>the package&apos;s installation finalized this audit, but this one has changes it lacked, so the audit stays a draft here</source>
        <translation>l&apos;installation d&apos;origine du paquet a finalisé cet audit, mais celle-ci a des modifications qui lui manquaient&#xa0;: l&apos;audit reste donc un brouillon ici</translation>
    </message>
    <message>
        <source>the package&apos;s signature, signer.pub and manifest do not name the same key ({a}, {b}, {c})</source>
        <translation>la signature, signer.pub et le manifeste du paquet ne nomment pas la même clé ({a}, {b}, {c})</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>la période se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <source>the public key is not a minisign Ed25519 public key</source>
        <translation>la clé publique n&apos;est pas une clé publique minisign Ed25519</translation>
    </message>
    <message>
        <source>the public key is not valid base64</source>
        <translation>la clé publique n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the report font {file} is missing or damaged; reinstall Jalon</source>
        <translation>la police du rapport {file} est manquante ou endommagée&#xa0;; réinstallez Jalon</translation>
    </message>
    <message>
        <source>the second installation did not accept the package: {reason}</source>
        <translation>la seconde installation n&apos;a pas accepté le paquet&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the secret key data has the wrong length</source>
        <translation>les données de la clé secrète n&apos;ont pas la bonne longueur</translation>
    </message>
    <message>
        <source>the signature does not match the manifest: manifest.json was changed after signing, or the signature was not made by key {key}</source>
        <translation>la signature ne correspond pas au manifeste&#xa0;: manifest.json a été modifié après la signature, ou la signature n&apos;a pas été faite avec la clé {key}</translation>
    </message>
    <message>
        <source>the signed comment does not name this package and audit; the signature belongs to another package</source>
        <translation>le commentaire signé ne nomme pas ce paquet et cet audit&#xa0;; la signature appartient à un autre paquet</translation>
    </message>
    <message>
        <source>the system keyring could not be read: {reason}</source>
        <translation>le trousseau système n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the system keyring has no entry for signing key {key}; the key cannot be unlocked on this account</source>
        <translation>le trousseau système n&apos;a pas d&apos;entrée pour la clé de signature {key}&#xa0;; la clé ne peut pas être déverrouillée sur ce compte</translation>
    </message>
    <message>
        <source>the system keyring refused to store the key: {reason}</source>
        <translation>le trousseau système a refusé de conserver la clé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the workbook was not imported: {count} problem(s) listed above; nothing was changed</source>
        <translation>le classeur n&apos;a pas été importé&#xa0;: {count} problème(s) listé(s) ci-dessus&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the workbook was not imported: {count} problem(s); the first: {first}</source>
        <translation>le classeur n&apos;a pas été importé&#xa0;: {count} problème(s)&#xa0;; le premier&#xa0;: {first}</translation>
    </message>
    <message>
        <source>there is no audit to export</source>
        <translation>il n&apos;y a aucun audit à exporter</translation>
    </message>
    <message>
        <source>there is no database to back up at {file}</source>
        <translation>il n&apos;y a aucune base de données à sauvegarder à l&apos;emplacement {file}</translation>
    </message>
    <message>
        <source>there is no good backup to restore in {folder}</source>
        <translation>il n&apos;y a aucune sauvegarde valable à restaurer dans {folder}</translation>
    </message>
    <message>
        <source>this computer&apos;s clock says {now}, before {earliest}: a new audit and its institution record would carry that date, and other installations would refuse their packages; set the date and time, then create the audit again</source>
        <translation>l&apos;horloge de cet ordinateur indique {now}, avant le {earliest} : un nouvel audit et la fiche de son institution porteraient cette date, et les autres installations refuseraient leurs paquets ; réglez la date et l&apos;heure, puis créez de nouveau l&apos;audit</translation>
    </message>
    <message>
        <source>this conflict is no longer open (a newer change or a resolution from another installation changed it); list the conflicts again</source>
        <translation>ce conflit n&apos;est plus ouvert (une modification plus récente ou une résolution venue d&apos;une autre installation l&apos;a changé)&#xa0;; affichez de nouveau la liste des conflits</translation>
    </message>
    <message>
        <source>this file is not a Jalon package (it is not a zip archive)</source>
        <translation>ce fichier n&apos;est pas un paquet Jalon (ce n&apos;est pas une archive zip)</translation>
    </message>
    <message>
        <source>this is not a Jalon audit package: its manifest does not declare the format {name}</source>
        <translation>ce n&apos;est pas un paquet d&apos;audit Jalon&#xa0;: son manifeste ne déclare pas le format {name}</translation>
    </message>
    <message>
        <source>unexpected problem ({kind}: {detail}); details are in the log file</source>
        <translation>problème inattendu ({kind}&#xa0;: {detail})&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <source>unknown key protection {name!r}</source>
        <translation>protection de clé inconnue {name!r}</translation>
    </message>
    <message>
        <source>wrong passphrase for signing key {key}</source>
        <translation>phrase secrète incorrecte pour la clé de signature {key}</translation>
    </message>
    <message>
        <source>{author} has no signing key yet; create one with &apos;jalon keys new&apos;</source>
        <translation>{author} n&apos;a pas encore de clé de signature&#xa0;; créez-en une avec &apos;jalon keys new&apos;</translation>
    </message>
    <message>
        <source>{code} has two conflicting answers from different sites; resolve the conflict first</source>
        <translation>{code} a deux réponses contradictoires venant de sites différents ; résolvez d’abord le conflit</translation>
    </message>
    <message>
        <source>{code} is a note and takes no answer</source>
        <translation>{code} est une note et n&apos;attend pas de réponse</translation>
    </message>
    <message>
        <source>{code} is mandatory and has no answer</source>
        <translation>{code} est obligatoire et n&apos;a pas de réponse</translation>
    </message>
    <message>
        <source>{code} needs a finite number</source>
        <translation>{code} attend un nombre fini</translation>
    </message>
    <message>
        <source>{code} needs a number, not {value!r}</source>
        <translation>{code} attend un nombre, pas {value!r}</translation>
    </message>
    <message>
        <source>{code} needs a whole number, not {value}</source>
        <translation>{code} attend un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>{code}: the answer {value} breaks the rule {rule}</source>
        <translation>{code}&#xa0;: la réponse {value} enfreint la règle {rule}</translation>
    </message>
    <message>
        <source>{code}: the value {value} is not accepted (rule: {rule})</source>
        <translation>{code}&#xa0;: la valeur {value} n&apos;est pas acceptée (règle&#xa0;: {rule})</translation>
    </message>
    <message>
        <source>{code}: {message}</source>
        <translation>{code}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{code}: {typed!r} is not a valid answer ({problem}); correct it</source>
        <translation>{code} : {typed!r} n&apos;est pas une réponse valide ({problem}) ; corrigez-la</translation>
    </message>
    <message>
        <source>{code}: {value!r} was kept as typed; confirm it by saving it again</source>
        <translation>{code} : {value!r} a été gardé tel que saisi ; confirmez-le en l&apos;enregistrant à nouveau</translation>
    </message>
    <message>
        <source>{count} answers were not stored (first: {code})</source>
        <translation>{count} réponses n&apos;ont pas été enregistrées (première&#xa0;: {code})</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook (.xlsx): {reason}</source>
        <translation>{file} ne peut pas être lu comme un classeur Excel (.xlsx)&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} changed since it was previewed; preview it again</source>
        <translation>{file} a changé depuis l&apos;aperçu&#xa0;; refaites l&apos;aperçu</translation>
    </message>
    <message>
        <source>{file} changed while it was being merged; merge it again</source>
        <translation>{file} a changé pendant sa fusion&#xa0;; fusionnez-le à nouveau</translation>
    </message>
    <message>
        <source>{file} expands to {size} MB, far more than a workbook Jalon writes; it was refused unread</source>
        <translation>{file} fait {size} Mo une fois décompressé, bien plus qu&apos;un classeur écrit par Jalon&#xa0;; il a été refusé sans être lu</translation>
    </message>
    <message>
        <source>{file} has {count} error(s); run &apos;jalon framework validate {file}&apos; to see them</source>
        <translation>{file} contient {count} erreur(s)&#xa0;; lancez &apos;jalon framework validate {file}&apos; pour les voir</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is neither a question or practice of the audit&apos;s framework nor one that the audit&apos;s upgrade from an earlier version records</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.target vaut {target}, qui n&apos;est ni une question ou une pratique du référentiel de l&apos;audit, ni l&apos;une de celles que consigne la mise à niveau de l&apos;audit depuis une version antérieure</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, before {earliest}; no record Jalon keeps is that old</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.{field} vaut {value}, avant le {earliest} ; aucun enregistrement tenu par Jalon n&apos;est aussi ancien</translation>
    </message>
    <message>
        <source>{file} is not a Jalon key file</source>
        <translation>{file} n&apos;est pas un fichier de clé Jalon</translation>
    </message>
    <message>
        <source>{file} is not an .xlsx workbook (it is not a zip container)</source>
        <translation>{file} n&apos;est pas un classeur .xlsx (ce n&apos;est pas un conteneur zip)</translation>
    </message>
    <message>
        <source>{file}: an item has neither &apos;group&apos; nor &apos;question&apos;: {item}</source>
        <translation>{file}&#xa0;: un élément n&apos;a ni &apos;group&apos; ni &apos;question&apos;&#xa0;: {item}</translation>
    </message>
    <message>
        <source>{file}: question {name} uses unknown choice list {list}</source>
        <translation>{file}&#xa0;: la question {name} utilise une liste de choix inconnue {list}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{folder} cannot be written (read-only medium or no permission); the backup was not made</source>
        <translation>{folder} n&apos;est pas accessible en écriture (support en lecture seule ou droits insuffisants)&#xa0;; la sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>{label} {value!r} is not a date written YYYY-MM-DD</source>
        <translation>{label} {value!r} n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{name} (key {key}) is trusted only for {scope}, not for {institution}</source>
        <translation>{name} (clé {key}) n&apos;est approuvé que pour {scope}, pas pour {institution}</translation>
    </message>
    <message>
        <source>{name} in the package expands {ratio} times when unpacked: this is how zip bombs work, so the package is refused</source>
        <translation>{name} dans le paquet grossit {ratio} fois une fois décompressé&#xa0;: c&apos;est ainsi que fonctionnent les bombes zip, le paquet est donc refusé</translation>
    </message>
    <message>
        <source>{name} in the package is {size} MB, more than the {limit} MB allowed</source>
        <translation>{name} dans le paquet fait {size} Mo, plus que les {limit} Mo autorisés</translation>
    </message>
    <message>
        <source>{name} in the package uses a compression method Jalon does not read</source>
        <translation>{name} dans le paquet utilise une méthode de compression que Jalon ne lit pas</translation>
    </message>
    <message>
        <source>{path} in the package does not hold the content its name promises</source>
        <translation>{path} dans le paquet ne contient pas ce que son nom annonce</translation>
    </message>
    <message>
        <source>{path} in the package does not match the SHA-256 in its signed manifest: it was changed after signing</source>
        <translation>{path} dans le paquet ne correspond pas au SHA-256 de son manifeste signé&#xa0;: il a été modifié après la signature</translation>
    </message>
    <message>
        <source>{path} in the package is {actual} bytes, but the signed manifest says {size}: it was changed after signing</source>
        <translation>{path} dans le paquet fait {actual} octets, mais le manifeste signé en indique {size}&#xa0;: il a été modifié après la signature</translation>
    </message>
    <message>
        <source>{recipient!r} is not a valid encryption recipient: {reason}</source>
        <translation>{recipient!r} n&apos;est pas un destinataire de chiffrement valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{recipient!r} is not an encryption recipient: give a key id, an age key (age1…) or an ssh-ed25519 key</source>
        <translation>{recipient!r} n&apos;est pas un destinataire de chiffrement&#xa0;: indiquez un identifiant de clé, une clé age (age1…) ou une clé ssh-ed25519</translation>
    </message>
    <message>
        <source>{ref!r} is not a question of framework {framework}</source>
        <translation>{ref!r} n&apos;est pas une question du référentiel {framework}</translation>
    </message>
    <message>
        <source>{ref!r} is not part of framework {framework}</source>
        <translation>{ref!r} ne fait pas partie du référentiel {framework}</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} audits; give more of the id</source>
        <translation>{ref!r} correspond à {count} audits&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} conflicts; give more of the id</source>
        <translation>{ref!r} correspond à {count} conflits&#xa0;; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>{text!r} is not a key id (16 hexadecimal digits)</source>
        <translation>{text!r} n&apos;est pas un identifiant de clé (16 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; choose one of: {choices}</source>
        <translation>{value!r} n&apos;est pas un choix de {code}&#xa0;; choisissez parmi&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; expected one of: {choices}</source>
        <translation>{value!r} n&apos;est pas un choix de {code}&#xa0;; choix possibles&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a choice of {code}; expected some of: {choices}</source>
        <translation>{value!r} n&apos;est pas un choix de {code}&#xa0;; choix possibles (un ou plusieurs)&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>question {code} appears twice (rows {first} and {second})</source>
        <translation>la question {code} apparaît deux fois (lignes {first} et {second})</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; reopen it with a reason before importing answers</source>
        <translation>l&apos;audit de {institution} est finalisé ; rouvrez-le en indiquant un motif avant d&apos;importer des réponses</translation>
    </message>
    <message>
        <source>the code {found!r} does not match the question of this row ({expected}); codes must not be changed</source>
        <translation>le code {found!r} ne correspond pas à la question de cette ligne ({expected}) ; les codes ne doivent pas être modifiés</translation>
    </message>
    <message>
        <source>the column should be headed {expected!r} but is {found!r}; columns must not be moved, added or removed</source>
        <translation>la colonne devrait s&apos;intituler {expected!r} mais s&apos;intitule {found!r} ; les colonnes ne doivent être ni déplacées, ni ajoutées, ni supprimées</translation>
    </message>
    <message>
        <source>the database {file} has disappeared (its folder was deleted or moved, or the drive was removed) and cannot be recreated there; nothing more can be saved. What is on screen is kept: put the folder or drive back, then try again or restart Jalon</source>
        <translation>la base de données {file} a disparu (son dossier a été supprimé ou déplacé, ou le lecteur a été retiré) et ne peut pas y être recréée&#xa0;; plus rien ne peut être enregistré. Ce qui est à l&apos;écran est conservé&#xa0;: remettez le dossier ou le lecteur en place, puis réessayez ou redémarrez Jalon</translation>
    </message>
    <message>
        <source>the package is signed by {name} (key {key}), who is not in this installation&apos;s trust store; if you know them, add their public key to the trust store first</source>
        <translation>le paquet est signé par {name} (clé {key}), qui ne figure pas dans le magasin de confiance de cette installation&#xa0;; si vous connaissez cette personne, ajoutez d&apos;abord sa clé publique au magasin de confiance</translation>
    </message>
    <message>
        <source>the sheet {name!r} is missing: it was renamed or deleted, or this is not the workbook Jalon exported</source>
        <translation>la feuille {name!r} est absente : elle a été renommée ou supprimée, ou ce n&apos;est pas le classeur exporté par Jalon</translation>
    </message>
    <message>
        <source>this is not a Jalon fill-in workbook (its hidden sheet {name} is missing); export one with &apos;Fill-in workbook&apos; first</source>
        <translation>ce n&apos;est pas un classeur à remplir de Jalon (sa feuille masquée {name} est absente) ; exportez-en d&apos;abord un avec « Classeur à remplir »</translation>
    </message>
    <message>
        <source>this row has no question key: rows must not be added</source>
        <translation>cette ligne n&apos;a pas de clé de question : il ne faut pas ajouter de lignes</translation>
    </message>
    <message>
        <source>this workbook belongs to another audit ({other}, {institution}), not to the audit of {target}</source>
        <translation>ce classeur appartient à un autre audit ({other}, {institution}), pas à l&apos;audit de {target}</translation>
    </message>
    <message>
        <source>this workbook was made by another version of Jalon (format {found}, expected {expected})</source>
        <translation>ce classeur a été créé par une autre version de Jalon (format {found}, attendu {expected})</translation>
    </message>
    <message>
        <source>this workbook was made with another version of the framework ({version}); export a new workbook</source>
        <translation>ce classeur a été créé avec une autre version du référentiel ({version}) ; exportez un nouveau classeur</translation>
    </message>
    <message>
        <source>unknown question key {key!r}: the row was changed or does not come from this audit</source>
        <translation>clé de question inconnue {key!r} : la ligne a été modifiée ou ne vient pas de cet audit</translation>
    </message>
    <message>
        <source>{code} has both an answer and a reason for N/A; keep only one</source>
        <translation>{code} a à la fois une réponse et un motif « sans objet » ; gardez-en un seul</translation>
    </message>
    <message>
        <source>{code}: the value {value} is not accepted: {rule}</source>
        <translation>{code} : la valeur {value} n&apos;est pas acceptée : {rule}</translation>
    </message>
    <message>
        <source>the package&apos;s audit {id} is the audit of {theirs}, but this installation&apos;s audit {id} is the audit of {ours}; the package is held in quarantine for a person to decide</source>
        <translation>l&apos;audit {id} du paquet est celui de {theirs}, mais l&apos;audit {id} de cette installation est celui de {ours} ; le paquet est mis en quarantaine pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>the package&apos;s audit {id} uses another framework ({theirs}…) than this installation&apos;s copy ({ours}…); the package is held in quarantine for a person to decide</source>
        <translation>l&apos;audit {id} du paquet utilise un autre référentiel ({theirs}…) que la copie de cette installation ({ours}…) ; le paquet est mis en quarantaine pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>framework {id} has no version {version} here (versions: {known})</source>
        <translation>le référentiel {id} n&apos;a pas de version {version} ici (versions : {known})</translation>
    </message>
    <message>
        <source>audit.json in the package lists review record {id} twice</source>
        <translation>audit.json dans le paquet contient deux fois l&apos;enregistrement de revue {id}</translation>
    </message>
    <message>
        <source>audit.json in the package lists revision {id} twice</source>
        <translation>audit.json dans le paquet contient deux fois la révision {id}</translation>
    </message>
    <message>
        <source>framework {id} version {version} is already {where} with another content (hash {hash}…); a changed framework needs a new version number</source>
        <translation>le référentiel {id} version {version} est déjà présent ({where}) avec un autre contenu (empreinte {hash}…) ; un référentiel modifié doit porter un nouveau numéro de version</translation>
    </message>
    <message>
        <source>no version {version} of framework {id} is bundled (bundled: {known})</source>
        <translation>aucune version {version} du référentiel {id} n&apos;est fournie avec Jalon (fournies : {known})</translation>
    </message>
    <message>
        <source>sheet {sheet}: {reason}</source>
        <translation>feuille {sheet} : {reason}</translation>
    </message>
    <message>
        <source>the audit already uses {framework} {version}</source>
        <translation>l&apos;audit utilise déjà {framework} {version}</translation>
    </message>
    <message>
        <source>the audit has {count} answer(s) in conflict; resolve them before upgrading</source>
        <translation>l&apos;audit a {count} réponse(s) en conflit ; résolvez-les avant de passer à la nouvelle version</translation>
    </message>
    <message>
        <source>the audit of {institution} is finalized; a finalized audit keeps the framework it was made with (reopen it with a reason first)</source>
        <translation>l&apos;audit de {institution} est finalisé ; un audit finalisé garde le référentiel avec lequel il a été fait (rouvrez-le d&apos;abord en donnant une raison)</translation>
    </message>
    <message>
        <source>the audits use versions {old} and {new} of {framework}, and {new} holds no crosswalk from {old}; export them separately so that their answers are not mixed</source>
        <translation>les audits utilisent les versions {old} et {new} de {framework}, et {new} ne contient pas de table de correspondance depuis {old} ; exportez-les séparément pour ne pas mélanger leurs réponses</translation>
    </message>
    <message>
        <source>the crosswalk has no row for {code}; its answer is no longer assessed</source>
        <translation>la table de correspondance n&apos;a pas de ligne pour {code} ; sa réponse n&apos;est plus évaluée</translation>
    </message>
    <message>
        <source>the crosswalk to {framework} {version} is incomplete: {problem} ({count} problem(s))</source>
        <translation>la table de correspondance vers {framework} {version} est incomplète : {problem} ({count} problème(s))</translation>
    </message>
    <message>
        <source>the database {file} is a folder or a device, not a file: move it away or choose another data folder with --data-dir</source>
        <translation>la base de données {file} est un dossier ou un périphérique, pas un fichier&#xa0;: déplacez-le ou choisissez un autre dossier de données avec --data-dir</translation>
    </message>
    <message>
        <source>the database {file} was written by a newer version of Jalon (schema version {version}; this one knows up to {known}); update Jalon to open it</source>
        <translation>la base de données {file} a été écrite par une version plus récente de Jalon (version de schéma {version}&#xa0;; celle-ci connaît jusqu&apos;à la {known})&#xa0;; mettez Jalon à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the evidence file {name} is {actual} bytes, but audit.json says {size}</source>
        <translation>la pièce justificative {name} fait {actual} octets, mais audit.json en annonce {size}</translation>
    </message>
    <message>
        <source>the installed framework {file} cannot be read ({reason}); install it again</source>
        <translation>le référentiel installé {file} est illisible ({reason}) ; installez-le à nouveau</translation>
    </message>
    <message>
        <source>the package comes from an installation that has not upgraded the audit; its answers join the history, and those to questions of the earlier version stay there as no longer assessed</source>
        <translation>le paquet vient d&apos;une installation qui n&apos;a pas fait passer l&apos;audit à la nouvelle version ; ses réponses rejoignent l&apos;historique, et celles aux questions de l&apos;ancienne version y restent comme n&apos;étant plus évaluées</translation>
    </message>
    <message>
        <source>the package has {count} bytes after the end of its zip archive (added after it was written?)</source>
        <translation>le paquet contient {count} octets après la fin de son archive zip (ajoutés après son écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>the package has {count} bytes before the start of its zip archive (added after it was written?)</source>
        <translation>le paquet contient {count} octets avant le début de son archive zip (ajoutés après son écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>the package manifest is invalid: &apos;created_at&apos; is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>le manifeste du paquet est invalide : « created_at » vaut {value}, et non une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>the package says it was signed on {signed}, later than this computer&apos;s clock allows ({now}); a signing time in the future cannot be true</source>
        <translation>le paquet dit avoir été signé le {signed}, plus tard que ne le permet l&apos;horloge de cet ordinateur ({now}) ; une date de signature dans le futur ne peut pas être vraie</translation>
    </message>
    <message>
        <source>the package&apos;s installation upgraded the audit to a newer version of its framework; the audit uses that version here too</source>
        <translation>l&apos;installation d&apos;origine du paquet a fait passer l&apos;audit à une version plus récente de son référentiel ; l&apos;audit utilise aussi cette version ici</translation>
    </message>
    <message>
        <source>the tidy export is written as {known}, not {kind!r}</source>
        <translation>l&apos;export tabulaire s&apos;écrit en {known}, pas en {kind!r}</translation>
    </message>
    <message>
        <source>this installation has no folder for installed frameworks</source>
        <translation>cette installation n&apos;a pas de dossier pour les référentiels installés</translation>
    </message>
    <message>
        <source>{code} answered {value}, but {target} keeps {kept}; {target} is flagged for review</source>
        <translation>{code} avait la réponse {value}, mais {target} garde {kept} ; {target} est signalée pour revue</translation>
    </message>
    <message>
        <source>{code} continues as {target} ({relation})</source>
        <translation>{code} continue comme {target} ({relation})</translation>
    </message>
    <message>
        <source>{code} gave the same answer as {target}; both are now {target}</source>
        <translation>{code} avait la même réponse que {target} ; les deux sont désormais {target}</translation>
    </message>
    <message>
        <source>{code} is carried to {target} ({relation})</source>
        <translation>{code} est reprise dans {target} ({relation})</translation>
    </message>
    <message>
        <source>{code} is retired in {version}; its answer is no longer assessed</source>
        <translation>{code} est retirée dans la version {version} ; sa réponse n&apos;est plus évaluée</translation>
    </message>
    <message>
        <source>{code} is worked out from other answers and takes no answer</source>
        <translation>{code} est calculée à partir d&apos;autres réponses et ne prend pas de réponse</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} does not fit {target}&apos;s type; not carried</source>
        <translation>la réponse {value!r} de {code} ne correspond pas au type de {target} ; non reprise</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} is not a choice of {target}; not carried</source>
        <translation>la réponse {value!r} de {code} n&apos;est pas un choix de {target} ; non reprise</translation>
    </message>
    <message>
        <source>{code}&apos;s answer {value!r} is not a whole number as {target} needs; not carried</source>
        <translation>la réponse {value!r} de {code} n&apos;est pas un nombre entier comme l&apos;exige {target} ; non reprise</translation>
    </message>
    <message>
        <source>{code}: {value} is not offered given the other answers of the workbook</source>
        <translation>{code} : {value} n’est pas proposé compte tenu des autres réponses du classeur</translation>
    </message>
    <message>
        <source>{file} in the package holds the key {key!r} twice in one object, at {path}: a reader could take either</source>
        <translation>{file} dans le paquet contient deux fois la clé {key!r} dans un même objet, à {path} : un lecteur pourrait prendre l&apos;une ou l&apos;autre</translation>
    </message>
    <message>
        <source>{file} in the package holds {value}, which is not a JSON number</source>
        <translation>{file} dans le paquet contient {value}, qui n&apos;est pas un nombre JSON</translation>
    </message>
    <message>
        <source>{file} in the package holds, at {path}, a control character that no text may hold</source>
        <translation>{file} dans le paquet contient, à {path}, un caractère de contrôle qu&apos;aucun texte ne peut contenir</translation>
    </message>
    <message>
        <source>{file} in the package holds, at {path}, half of a character (a lone UTF-16 surrogate) that no text may hold</source>
        <translation>{file} dans le paquet contient, à {path}, une moitié de caractère (un substitut UTF-16 isolé) qu&apos;aucun texte ne peut contenir</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.value is {value}, but question {indicator} takes {expected}</source>
        <translation>{file} dans le paquet est invalide : {where}.value vaut {value}, mais la question {indicator} attend {expected}</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, before the audit was created ({created})</source>
        <translation>{file} dans le paquet est invalide : {where}.{field} vaut {value}, avant la création de l&apos;audit ({created})</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, later than the package was signed ({signed})</source>
        <translation>{file} dans le paquet est invalide : {where}.{field} vaut {value}, après la signature du paquet ({signed})</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.{field} is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>{file} dans le paquet est invalide : {where}.{field} vaut {value}, et non une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>{file} in the package is not valid JSON ({reason})</source>
        <translation>{file} dans le paquet n&apos;est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <source>{file} is an old-format .xls workbook that could not be read ({reason}); open it in a spreadsheet program and save it as .xlsx</source>
        <translation>{file} est un classeur .xls d&apos;ancien format qui n&apos;a pas pu être lu ({reason}) ; ouvrez-le dans un tableur et enregistrez-le au format .xlsx</translation>
    </message>
    <message>
        <source>{file} is not a readable Jalon export record ({reason}); remove it to start a new export in this folder</source>
        <translation>{file} n&apos;est pas un registre d&apos;export Jalon lisible ({reason}) ; supprimez-le pour commencer un nouvel export dans ce dossier</translation>
    </message>
    <message>
        <source>{file} was written by another version of Jalon (record version {version}); export to a new folder</source>
        <translation>{file} a été écrit par une autre version de Jalon (version du registre {version}) ; exportez dans un nouveau dossier</translation>
    </message>
    <message>
        <source>{file}: no source folder beside {folder} holds {id} version {version}</source>
        <translation>{file} : aucun dossier source à côté de {folder} ne contient {id} version {version}</translation>
    </message>
    <message>
        <source>{folder} holds a {held} export; export it as {held} too, or choose another folder</source>
        <translation>{folder} contient un export {held} ; exportez aussi en {held}, ou choisissez un autre dossier</translation>
    </message>
    <message>
        <source>{folder} is a file; the tidy export needs a folder</source>
        <translation>{folder} est un fichier ; l&apos;export tabulaire a besoin d&apos;un dossier</translation>
    </message>
    <message>
        <source>{framework} {version} has no module {module}, which the audit uses</source>
        <translation>{framework} {version} n&apos;a pas le module {module}, que l&apos;audit utilise</translation>
    </message>
    <message>
        <source>{framework} {version} holds no crosswalk from {old} {old_version}, so the answers cannot be carried over</source>
        <translation>{framework} {version} ne contient pas de table de correspondance depuis {old} {old_version} : les réponses ne peuvent pas être reprises</translation>
    </message>
    <message>
        <source>{name} (key {key}) is trusted only for {scope}, but audit {id} is, on this installation, the audit of {ours} (the package says {theirs}); the package is held in quarantine for a person to decide</source>
        <translation>{name} (clé {key}) n&apos;est reconnu que pour {scope}, mais l&apos;audit {id} est, sur cette installation, celui de {ours} (le paquet indique {theirs}) ; le paquet est mis en quarantaine pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>{value!r} is not offered for {code} given the earlier answers; expected {choices}</source>
        <translation>{value!r} n&apos;est pas proposé pour {code} compte tenu des réponses précédentes ; attendu : {choices}</translation>
    </message>
    <message>
        <source>{code}: the answer {value} is no longer offered given the earlier answers; choose again</source>
        <translation>{code} : la réponse {value} n’est plus proposée compte tenu des réponses précédentes ; choisissez à nouveau</translation>
    </message>
    <message>
        <source>{file}: question {name}: choice_filter {source!r}: {reason}</source>
        <translation>{file} : question {name} : choice_filter {source!r} : {reason}</translation>
    </message>
    <message>
        <source>a &apos;new&apos; row has no old question; leave {column} empty</source>
        <translation>une ligne « new » n’a pas d’ancienne question ; laissez {column} vide</translation>
    </message>
    <message>
        <source>a &apos;retired&apos; row has no new question; leave {column} empty</source>
        <translation>une ligne « retired » n’a pas de nouvelle question ; laissez {column} vide</translation>
    </message>
    <message>
        <source>a {relation!r} row needs the new question&apos;s name</source>
        <translation>une ligne {relation!r} demande le nom de la nouvelle question</translation>
    </message>
    <message>
        <source>a {relation!r} row needs the old question&apos;s name</source>
        <translation>une ligne {relation!r} demande le nom de l’ancienne question</translation>
    </message>
    <message>
        <source>begin_group is never closed by an end_group</source>
        <translation>ce begin_group n’est jamais fermé par un end_group</translation>
    </message>
    <message>
        <source>calculations form a cycle: {cycle}; a value cannot be worked out from itself</source>
        <translation>les calculs forment un cycle : {cycle} ; une valeur ne peut pas se calculer à partir d’elle-même</translation>
    </message>
    <message>
        <source>choice list {list!r} is not on the {sheet} sheet</source>
        <translation>la liste de choix {list!r} ne figure pas sur la feuille {sheet}</translation>
    </message>
    <message>
        <source>choice {name!r} appears twice in list {list!r}</source>
        <translation>le choix {name!r} figure deux fois dans la liste {list!r}</translation>
    </message>
    <message>
        <source>choice_filter reads column {column!r}, which the choices of list {list!r} do not have; it reads as empty (for the text, write &apos;{column}&apos; in quotes)</source>
        <translation>choice_filter lit la colonne {column!r}, que les choix de la liste {list!r} n’ont pas ; elle est lue comme vide (pour le texte, écrivez &apos;{column}&apos; entre guillemets)</translation>
    </message>
    <message>
        <source>code {code!r} is already used on row {first}</source>
        <translation>le code {code!r} est déjà utilisé à la ligne {first}</translation>
    </message>
    <message>
        <source>conditional required {value!r} is not supported; the question is treated as required</source>
        <translation>la condition d’obligation {value!r} n’est pas prise en charge ; la question est traitée comme obligatoire</translation>
    </message>
    <message>
        <source>department {value!r} is not in the jalon_departments list</source>
        <translation>le service {value!r} ne figure pas dans la liste jalon_departments</translation>
    </message>
    <message>
        <source>end_group without a matching begin_group</source>
        <translation>end_group sans begin_group correspondant</translation>
    </message>
    <message>
        <source>groups are nested more than {limit} levels deep</source>
        <translation>les groupes sont imbriqués sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>level &apos;root&apos; is reserved</source>
        <translation>le niveau &apos;root&apos; est réservé</translation>
    </message>
    <message>
        <source>level {value!r} is not one of dimension, standard, practice, module, section</source>
        <translation>le niveau {value!r} n’est pas l’un de dimension, standard, practice, module, section</translation>
    </message>
    <message>
        <source>missing {language} translation of {field}; {fallback} will be shown</source>
        <translation>traduction {language} manquante pour {field} ; le texte {fallback} sera affiché</translation>
    </message>
    <message>
        <source>module {module!r} is not in the jalon_modules list; its name will be shown</source>
        <translation>le module {module!r} ne figure pas dans la liste jalon_modules ; son nom sera affiché</translation>
    </message>
    <message>
        <source>name {name!r} is already used on row {first}</source>
        <translation>le nom {name!r} est déjà utilisé à la ligne {first}</translation>
    </message>
    <message>
        <source>name {name!r} must start with a letter and hold only letters, digits and underscores</source>
        <translation>le nom {name!r} doit commencer par une lettre et ne contenir que des lettres, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <source>question type {type!r} is not an XLSForm type; check its spelling</source>
        <translation>le type de question {type!r} n’est pas un type XLSForm ; vérifiez son orthographe</translation>
    </message>
    <message>
        <source>question type {type!r} is not supported by Jalon; the question is skipped</source>
        <translation>le type de question {type!r} n’est pas pris en charge par Jalon ; la question est ignorée</translation>
    </message>
    <message>
        <source>question {name!r} has no label; its name will be shown</source>
        <translation>la question {name!r} n’a pas de libellé ; son nom sera affiché</translation>
    </message>
    <message>
        <source>relevance forms a cycle: {cycle}</source>
        <translation>les conditions d’affichage forment un cycle : {cycle}</translation>
    </message>
    <message>
        <source>repeat groups (row {row}, {name!r}) are not supported; Jalon runs questionnaires without repeats</source>
        <translation>les groupes répétés (ligne {row}, {name!r}) ne sont pas pris en charge ; Jalon fait passer des questionnaires sans répétitions</translation>
    </message>
    <message>
        <source>score {value!r} is not a number</source>
        <translation>le score {value!r} n’est pas un nombre</translation>
    </message>
    <message>
        <source>the calculate row has no calculation</source>
        <translation>la ligne calculate n’a pas de calcul</translation>
    </message>
    <message>
        <source>the choice has no list_name</source>
        <translation>le choix n’a pas de list_name</translation>
    </message>
    <message>
        <source>the choice has no name</source>
        <translation>le choix n’a pas de nom</translation>
    </message>
    <message>
        <source>the form has no question Jalon can ask, so there is nothing to answer: it holds {notes} note(s), {calculations} calculation(s) and {count} skipped question(s){skipped}</source>
        <translation>le formulaire n’a aucune question que Jalon puisse poser, il n’y a donc rien à répondre : il contient {notes} note(s), {calculations} calcul(s) et {count} question(s) ignorée(s){skipped}</translation>
    </message>
    <message>
        <source>the row does not say which framework it maps from (column {column} is empty)</source>
        <translation>la ligne ne dit pas de quel référentiel elle part (la colonne {column} est vide)</translation>
    </message>
    <message>
        <source>the row has no name</source>
        <translation>la ligne n’a pas de nom</translation>
    </message>
    <message>
        <source>the row has no type</source>
        <translation>la ligne n’a pas de type</translation>
    </message>
    <message>
        <source>the workbook has no &apos;survey&apos; sheet</source>
        <translation>le classeur n’a pas de feuille &apos;survey&apos;</translation>
    </message>
    <message>
        <source>{header} cannot be negative</source>
        <translation>{header} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{header} cannot use &apos;.&apos;; name the question with ${{name}}</source>
        <translation>{header} ne peut pas utiliser &apos;.&apos; ; désignez la question par ${{name}}</translation>
    </message>
    <message>
        <source>{header} reads ${{{ref}}}, a {type!r} question (row {at}) that Jalon does not ask; it reads as empty</source>
        <translation>{header} lit ${{{ref}}}, une question {type!r} (ligne {at}) que Jalon ne pose pas ; elle est lue comme vide</translation>
    </message>
    <message>
        <source>{header} refers to ${{{ref}}}, which is not a question of this framework</source>
        <translation>{header} fait référence à ${{{ref}}}, qui n’est pas une question de ce référentiel</translation>
    </message>
    <message>
        <source>{header} uses the bare name {name!r}; write ${{{name}}} for the answer to question {name}, or &apos;{name}&apos; in quotes for the text</source>
        <translation>{header} emploie le nom nu {name!r} ; écrivez ${{{name}}} pour la réponse à la question {name}, ou &apos;{name}&apos; entre guillemets pour le texte</translation>
    </message>
    <message>
        <source>{header} {source!r}: {reason}</source>
        <translation>{header} {source!r} : {reason}</translation>
    </message>
    <message>
        <source>{header} {value!r} is not a number</source>
        <translation>{header} {value!r} n’est pas un nombre</translation>
    </message>
    <message>
        <source>{object!r} is not a question of this framework</source>
        <translation>{object!r} n’est pas une question de ce référentiel</translation>
    </message>
    <message>
        <source>{subject} → {object} is already mapped on row {first}</source>
        <translation>{subject} → {object} est déjà mis en correspondance à la ligne {first}</translation>
    </message>
    <message>
        <source>{type!r} (row {row}, {name!r}) reads its choices from the file {file}, outside the workbook, which Jalon does not do; put the choices on the choices sheet and use select_one</source>
        <translation>{type!r} (ligne {row}, {name!r}) lit ses choix dans le fichier {file}, hors du classeur, ce que Jalon ne fait pas ; mettez les choix sur la feuille choices et utilisez select_one</translation>
    </message>
    <message>
        <source>{value!r} is not a relation; write one of: {known}</source>
        <translation>{value!r} n’est pas une relation ; écrivez l’une de : {known}</translation>
    </message>
    <message>
        <source>an auditor&apos;s name holds a character that is not text ({character}); remove it</source>
        <translation>le nom d&apos;un auditeur contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>an auditor&apos;s name is {length} characters long; at most {limit} can be saved</source>
        <translation>le nom d&apos;un auditeur compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the action&apos;s description holds a character that is not text ({character}); remove it</source>
        <translation>la description de l&apos;action contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the action&apos;s description is {length} characters long; at most {limit} can be saved</source>
        <translation>la description de l&apos;action compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the action&apos;s owner holds a character that is not text ({character}); remove it</source>
        <translation>le responsable de l&apos;action contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the action&apos;s owner is {length} characters long; at most {limit} can be saved</source>
        <translation>le responsable de l&apos;action compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the answer to {code} holds a character that is not text ({character}); remove it</source>
        <translation>la réponse à {code} contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the answer to {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>la réponse à {code} compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the comment on {code} holds a character that is not text ({character}); remove it</source>
        <translation>le commentaire de {code} contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the comment on {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>le commentaire de {code} compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the country holds a character that is not text ({character}); remove it</source>
        <translation>le pays contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the country is {length} characters long; at most {limit} can be saved</source>
        <translation>le pays compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the department of {code} holds a character that is not text ({character}); remove it</source>
        <translation>le service de {code} contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the department of {code} is {length} characters long; at most {limit} can be saved</source>
        <translation>le service de {code} compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the institution name holds a character that is not text ({character}); remove it</source>
        <translation>le nom de l&apos;institution contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the institution name is {length} characters long; at most {limit} can be saved</source>
        <translation>le nom de l&apos;institution compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the name holds a character that is not text ({character}); remove it</source>
        <translation>le nom contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the name is {length} characters long; at most {limit} can be saved</source>
        <translation>le nom compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the organisation holds a character that is not text ({character}); remove it</source>
        <translation>l&apos;organisation contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the organisation is {length} characters long; at most {limit} can be saved</source>
        <translation>l&apos;organisation compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the reason for reopening holds a character that is not text ({character}); remove it</source>
        <translation>le motif de réouverture contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the reason for reopening is {length} characters long; at most {limit} can be saved</source>
        <translation>le motif de réouverture compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the reason why {code} is not applicable holds a character that is not text ({character}); remove it</source>
        <translation>le motif de non-applicabilité de {code} contient un caractère qui n&apos;est pas du texte ({character}) ; supprimez-le</translation>
    </message>
    <message>
        <source>the reason why {code} is not applicable is {length} characters long; at most {limit} can be saved</source>
        <translation>le motif de non-applicabilité de {code} compte {length} caractères ; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the zip directory of this file takes {size} MB, more than {limit} entries need; it was refused unread</source>
        <translation>le répertoire zip de ce fichier occupe {size} Mo, plus qu&apos;il n&apos;en faut pour {limit} entrées ; il a été refusé sans être lu</translation>
    </message>
    <message>
        <source>{code} needs a whole number of at most 15 digits</source>
        <translation>{code} attend un nombre entier de 15 chiffres au plus</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB Jalon reads</source>
        <translation>{file} dépasse les {limit} Mo que Jalon lit</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} kB Jalon reads</source>
        <translation>{file} dépasse les {limit} ko que Jalon lit</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a socket or another special file); Jalon reads only ordinary files</source>
        <translation>{file} n&apos;est pas un fichier ordinaire (un socket ou un autre fichier spécial) ; Jalon ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{file}: entry {entry} is compressed {ratio}:1, which no spreadsheet does; it was refused unread</source>
        <translation>{file} : l&apos;entrée {entry} est compressée à {ratio}:1, ce qu&apos;aucun classeur ne fait ; il a été refusé sans être lu</translation>
    </message>
    <message>
        <source>{file} is a device, not an ordinary file; Jalon reads only ordinary files</source>
        <translation>{file} est un périphérique, pas un fichier ordinaire ; Jalon ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{file} is a named pipe (FIFO), not an ordinary file; Jalon reads only ordinary files</source>
        <translation>{file} est un tube nommé (FIFO), pas un fichier ordinaire ; Jalon ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{file} is not a text file (it is not UTF-8)</source>
        <translation>{file} n&apos;est pas un fichier texte (il n&apos;est pas en UTF-8)</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} goes on past row {limit}, more than Jalon reads in a workbook; it was refused</source>
        <translation>{file} : la feuille {sheet} continue au-delà de la ligne {limit}, plus que Jalon ne lit dans un classeur ; il a été refusé</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} has a cell in column {column} of row {row}, beyond the {limit} columns Jalon reads; it was refused</source>
        <translation>{file} : la feuille {sheet} a une cellule en colonne {column} de la ligne {row}, au-delà des {limit} colonnes que Jalon lit ; il a été refusé</translation>
    </message>
    <message>
        <source>{file}: sheet {sheet} holds more than {limit} cells, more than Jalon reads in a workbook; it was refused</source>
        <translation>{file} : la feuille {sheet} contient plus de {limit} cellules, plus que Jalon ne lit dans un classeur ; il a été refusé</translation>
    </message>
    <message>
        <source>{count} audits do not fit in one Excel sheet (at most {rows} rows); export them as CSV or Parquet tables instead: jalon export tidy</source>
        <translation>{count} audits ne tiennent pas dans une feuille Excel (au plus {rows} lignes)&#xa0;; exportez-les plutôt en tables CSV ou Parquet&#xa0;: jalon export tidy</translation>
    </message>
    <message>
        <source>this file lists {count} entries in its zip directory: more than {limit}, the most Jalon reads; it was refused unread</source>
        <translation>ce fichier annonce {count} entrées dans son répertoire zip : plus de {limit}, le maximum que Jalon lit ; il a été refusé sans être lu</translation>
    </message>
    <message>
        <source>{count} correction(s) asked by the reviewer are still open, first {text!r}; answer again or reply to each before resubmitting</source>
        <translation>{count} correction(s) demandée(s) par le réviseur restent ouvertes, la première {text!r} ; répondez à nouveau ou répondez à chacune avant de soumettre à nouveau</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>un rejet doit être motivé</translation>
    </message>
    <message>
        <source>a review comment needs some text</source>
        <translation>un commentaire de revue doit contenir du texte</translation>
    </message>
    <message>
        <source>audit {audit} has no review comment {ref!r}</source>
        <translation>l&apos;audit {audit} n&apos;a pas de commentaire de revue {ref!r}</translation>
    </message>
    <message>
        <source>benchmark.json does not declare format {name} version {version}</source>
        <translation>benchmark.json ne déclare pas le format {name} version {version}</translation>
    </message>
    <message>
        <source>no review comment {ref!r}; give at least {n} characters of its id</source>
        <translation>aucun commentaire de revue {ref!r} ; donnez au moins {n} caractères de son identifiant</translation>
    </message>
    <message>
        <source>peer groups are by &apos;country&apos; or by &apos;field:QUESTION&apos;, not {by!r}</source>
        <translation>les groupes de pairs se forment par « country » ou par « field:QUESTION », pas par {by!r}</translation>
    </message>
    <message>
        <source>review comment {id} replies to a reply; a reply answers a reviewer&apos;s comment</source>
        <translation>le commentaire de revue {id} répond à une réponse ; une réponse porte sur un commentaire du réviseur</translation>
    </message>
    <message>
        <source>review comment {id} replies to {parent}, which is not a reviewer&apos;s comment in the package</source>
        <translation>le commentaire de revue {id} répond à {parent}, qui n&apos;est pas un commentaire du réviseur dans le paquet</translation>
    </message>
    <message>
        <source>the benchmark file holds {names}, not exactly benchmark.json, its signature and signer.pub</source>
        <translation>le fichier de référence contient {names}, et non exactement benchmark.json, sa signature et signer.pub</translation>
    </message>
    <message>
        <source>the benchmark file is damaged</source>
        <translation>le fichier de référence est endommagé</translation>
    </message>
    <message>
        <source>the benchmark file is larger than {limit} bytes</source>
        <translation>le fichier de référence dépasse {limit} octets</translation>
    </message>
    <message>
        <source>the benchmark file is not a zip archive</source>
        <translation>le fichier de référence n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>the benchmark file is signed by key {key}, which this installation does not trust</source>
        <translation>le fichier de référence est signé par la clé {key}, à laquelle cette installation ne fait pas confiance</translation>
    </message>
    <message>
        <source>the benchmark file&apos;s signature does not match its content: it was changed after signing</source>
        <translation>la signature du fichier de référence ne correspond pas à son contenu : il a été modifié après la signature</translation>
    </message>
    <message>
        <source>the benchmark has no peer group {group} ({by}) for framework {hash}: the group is too small or absent</source>
        <translation>la référence n&apos;a pas de groupe de pairs {group} ({by}) pour le référentiel {hash} : le groupe est trop petit ou absent</translation>
    </message>
    <message>
        <source>the minimum group size must be at least 2</source>
        <translation>la taille minimale d&apos;un groupe doit être d&apos;au moins 2</translation>
    </message>
    <message>
        <source>the review of audit {audit} is {current}: it cannot become {state}</source>
        <translation>la revue de l&apos;audit {audit} est à l&apos;état {current} : elle ne peut pas passer à {state}</translation>
    </message>
    <message>
        <source>the review of audit {audit} is {state}: start the review before commenting</source>
        <translation>la revue de l&apos;audit {audit} est à l&apos;état {state} : commencez la revue avant de commenter</translation>
    </message>
    <message>
        <source>{comment} is a reply; reply to the reviewer&apos;s comment instead</source>
        <translation>{comment} est une réponse ; répondez plutôt au commentaire du réviseur</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is not a question of the audit&apos;s framework</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.target vaut {target}, qui n&apos;est pas une question du référentiel de l&apos;audit</translation>
    </message>
    <message>
        <source>{where}: the reviewer asks for a correction ({text}); answer again or reply to the comment</source>
        <translation>{where} : le réviseur demande une correction ({text}) ; répondez à nouveau à la question ou répondez au commentaire</translation>
    </message>
    <message>
        <source>{ref!r} matches {count} review comments; give more of the id</source>
        <translation>{ref!r} correspond à {count} commentaires de revue ; donnez une plus grande partie de l&apos;identifiant</translation>
    </message>
    <message>
        <source>key {key} of {name} expired on {valid}; the package says it was signed on {signed}, before that, but a signature cannot prove when it was made, so what it would change is held in quarantine for a person to decide</source>
        <translation>la clé {key} de {name} a expiré le {valid} ; le paquet dit avoir été signé le {signed}, avant cette date, mais une signature ne peut pas prouver quand elle a été faite : ce qu&apos;il changerait est mis en quarantaine pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>the audit {audit} recorded here holds, for question {indicator} (revision {revision}), the value {value}, which cannot be exported: the question takes {expected}. The stored value may be damaged; &apos;jalon backup list&apos; shows the backups and &apos;jalon backup restore&apos; brings one back</source>
        <translation>l&apos;audit {audit} enregistré ici contient, pour la question {indicator} (révision {revision}), la valeur {value}, qui ne peut pas être exportée : la question attend {expected}. La valeur enregistrée est peut-être endommagée ; &apos;jalon backup list&apos; montre les sauvegardes et &apos;jalon backup restore&apos; en restaure une</translation>
    </message>
    <message>
        <source>{file} in the package holds the number {value}, beyond what a decimal holds (between -1.8 × 10^308 and 1.8 × 10^308)</source>
        <translation>{file} du paquet contient le nombre {value}, au-delà de ce qu’un décimal peut contenir (entre -1,8 × 10^308 et 1,8 × 10^308)</translation>
    </message>
    <message>
        <source>form_id {value!r} cannot be a framework id, which starts with a letter or &apos;_&apos; and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;; the framework&apos;s id is {safe}</source>
        <translation>form_id {value!r} ne peut pas servir d’identifiant de référentiel, qui commence par une lettre ou « _ » et ne contient que des lettres, des chiffres, « _ », « . » et « - » ; l’identifiant du référentiel est {safe}</translation>
    </message>
    <message>
        <source>a dropped action needs the reason why it was dropped</source>
        <translation>une action abandonnée a besoin de la raison de son abandon</translation>
    </message>
    <message>
        <source>action revision {id} of action {action} is later than the action&apos;s current state</source>
        <translation>la révision {id} de l&apos;action {action} est postérieure à l&apos;état actuel de l&apos;action</translation>
    </message>
    <message>
        <source>audit {audit} has no action {ref!r}</source>
        <translation>l&apos;audit {audit} n&apos;a pas d&apos;action {ref!r}</translation>
    </message>
    <message>
        <source>audit.json in the package lists action revision {id} twice</source>
        <translation>audit.json dans le paquet mentionne deux fois la révision d&apos;action {id}</translation>
    </message>
    <message>
        <source>audit.json in the package lists action {id} twice</source>
        <translation>audit.json dans le paquet mentionne deux fois l&apos;action {id}</translation>
    </message>
    <message>
        <source>only a later audit verifies an action: mark it done here, and verify it in the follow-up audit</source>
        <translation>seul un audit ultérieur vérifie une action&#xa0;: marquez-la réalisée ici, et vérifiez-la dans l&apos;audit de suivi</translation>
    </message>
    <message>
        <source>the action&apos;s note holds a character that is not text ({character}); remove it</source>
        <translation>la note de l&apos;action contient un caractère qui n&apos;est pas du texte ({character})&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>the action&apos;s note is {length} characters long; at most {limit} can be saved</source>
        <translation>la note de l&apos;action compte {length} caractères&#xa0;; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>the due date {value!r} is not a date written YYYY-MM-DD</source>
        <translation>l&apos;échéance {value!r} n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the reason for dropping the action holds a character that is not text ({character}); remove it</source>
        <translation>la raison de l&apos;abandon de l&apos;action contient un caractère qui n&apos;est pas du texte ({character})&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>the reason for dropping the action is {length} characters long; at most {limit} can be saved</source>
        <translation>la raison de l&apos;abandon de l&apos;action compte {length} caractères&#xa0;; {limit} au plus peuvent être enregistrés</translation>
    </message>
    <message>
        <source>{ref!r} is the start of several actions&apos; ids of audit {audit}; give more of it</source>
        <translation>{ref!r} est le début de l&apos;identifiant de plusieurs actions de l&apos;audit {audit}&#xa0;; donnez-en davantage</translation>
    </message>
    <message>
        <source>audit.json in the package lists evidence file {id} twice</source>
        <translation>audit.json dans le paquet mentionne deux fois la pièce justificative {id}</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder and was made by an older version of Jalon: it must be upgraded before it can be read, which writes to it. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de données {file} est sur un support ou dans un dossier en lecture seule et a été créée par une version plus ancienne de Jalon&#xa0;: elle doit être mise à niveau avant de pouvoir être lue, ce qui l&apos;écrit. Copiez le dossier des données dans un endroit accessible en écriture, ou ouvrez-le avec --data-dir</translation>
    </message>
    <message>
        <source>the database {file} is on a read-only medium or folder, and changes saved last are still in {log} (Jalon was not closed normally); they can only be read where the folder can be written. Copy the data folder to a writable place, or open it with --data-dir</source>
        <translation>la base de données {file} est sur un support ou dans un dossier en lecture seule, et les dernières modifications enregistrées sont encore dans {log} (Jalon n&apos;a pas été fermé normalement)&#xa0;; elles ne peuvent être lues que là où le dossier est accessible en écriture. Copiez le dossier des données dans un endroit accessible en écriture, ou ouvrez-le avec --data-dir</translation>
    </message>
    <message>
        <source>an action of the plan was changed on both installations; the most recent change is shown, and every change of both is kept in its history</source>
        <translation>une action du plan a été modifiée sur les deux installations&#xa0;; la modification la plus récente est affichée, et chaque modification des deux est conservée dans son historique</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.target is {target}, which is not a question or practice of the audit&apos;s framework</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.target vaut {target}, qui n&apos;est ni une question ni une pratique du référentiel de l&apos;audit</translation>
    </message>
    <message>
        <source>the benchmark file is signed by {name} (key {key}), who is trusted only for {scope}; a benchmark covers every institution, so only a signer trusted for all of them may sign one</source>
        <translation>le fichier de référence est signé par {name} (clé {key}), à qui l&apos;on ne fait confiance que pour {scope} ; une référence couvre toutes les institutions, seul un signataire de confiance pour toutes peut donc en signer une</translation>
    </message>
    <message>
        <source>benchmark.json&apos;s created_at is {value}, not a UTC time written YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>le champ created_at de benchmark.json vaut {value}, ce n&apos;est pas une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>the benchmark file says it was signed on {signed} by key {key} of {name}, which is valid from {start} until {end}; a signature cannot prove when it was made, so it is refused</source>
        <translation>le fichier de référence dit avoir été signé le {signed} par la clé {key} de {name}, valable du {start} au {end} ; une signature ne peut pas prouver quand elle a été faite, le fichier est donc refusé</translation>
    </message>
    <message>
        <source>the database {file} is a link to {target}, which cannot be found (a drive or network share not connected?); connect it, or remove the link to start a new database; nothing was created</source>
        <translation>la base de données {file} est un lien vers {target}, introuvable (un disque ou un partage réseau non connecté ?) ; connectez-le, ou supprimez le lien pour commencer une nouvelle base ; rien n&apos;a été créé</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.id is {id}, the id of an action of audit {other} on this installation, not of audit {audit}</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.id vaut {id}, l&apos;identifiant d&apos;une action de l&apos;audit {other} sur cette installation, et non de l&apos;audit {audit}</translation>
    </message>
    <message>
        <source>{file} in the package is invalid: {where}.id is {id}, the id of an evidence link of audit {other} on this installation, not of audit {audit}</source>
        <translation>{file} dans le paquet n&apos;est pas valide : {where}.id vaut {id}, l&apos;identifiant d&apos;une pièce justificative de l&apos;audit {other} sur cette installation, et non de l&apos;audit {audit}</translation>
    </message>
    <message>
        <source>say in a note why {code} changed so much since the previous audit</source>
        <translation>dites dans une note pourquoi {code} a tant changé depuis l&apos;audit précédent</translation>
    </message>
    <message>
        <source>{code} is not flagged: there is nothing to confirm</source>
        <translation>{code} n&apos;est pas signalé&#xa0;: il n&apos;y a rien à confirmer</translation>
    </message>
    <message>
        <source>{code} moved from {previous} to {value} since the previous audit, more than the {limit} % the framework allows for it; correct it or confirm it with a note</source>
        <translation>{code} est passé de {previous} à {value} depuis l&apos;audit précédent, plus que les {limit} % que le référentiel admet&#xa0;; corrigez-le ou confirmez-le avec une note</translation>
    </message>
    <message>
        <source>{code} moved from {previous} to {value} since the previous audit, more than {limit} % (Jalon&apos;s default check); correct it or confirm it with a note</source>
        <translation>{code} est passé de {previous} à {value} depuis l&apos;audit précédent, plus de {limit} % (contrôle par défaut de Jalon)&#xa0;; corrigez-le ou confirmez-le avec une note</translation>
    </message>
    <message>
        <source>validity_months {value!r} is not a whole number of months from 1 to {most}</source>
        <translation>validity_months {value!r} n&apos;est pas un nombre entier de mois de 1 à {most}</translation>
    </message>
    <message>
        <source>the audits use versions {old} and {new} of {framework}, and {new} holds no crosswalk from {old}: their scores cannot be pooled; keep the versions apart (jalon benchmark build --per-version)</source>
        <translation>les audits utilisent les versions {old} et {new} de {framework}, et {new} ne contient pas de table de correspondance depuis {old} : leurs scores ne peuvent pas être regroupés ; gardez les versions séparées (jalon benchmark build --per-version)</translation>
    </message>
    <message>
        <source>the package brings a review decision on audit {id} ({state}, claimed by {author}) signed by {name}, a key trusted only for {scope}; review decisions come from the reviewer, so the package is held in quarantine for a person to decide</source>
        <translation>le paquet apporte une décision de revue sur l&apos;audit {id} ({state}, attribuée à {author}) signée par {name}, une clé de confiance seulement pour {scope}&#xa0;; les décisions de revue viennent du réviseur, le paquet est donc mis en quarantaine pour qu&apos;une personne décide</translation>
    </message>
    <message>
        <source>{code} needs a date such as {example}, not {value!r}</source>
        <translation>{code} attend une date comme {example}, pas {value!r}</translation>
    </message>
    <message>
        <source>the period&apos;s end {value!r} is not a date such as {example}</source>
        <translation>la fin de la période {value!r} n&apos;est pas une date comme {example}</translation>
    </message>
    <message>
        <source>the period&apos;s start {value!r} is not a date such as {example}</source>
        <translation>le début de la période {value!r} n&apos;est pas une date comme {example}</translation>
    </message>
    <message>
        <source>the benchmark holds the peer groups of {framework} version {versions}; this audit is on version {version}, and no crosswalk installed here leads from it to those: no comparison is made</source>
        <translation>la référence porte sur les groupes de pairs de {framework} en version {versions} ; cet audit est en version {version}, et aucune table de correspondance installée ici ne mène de l&apos;une à l&apos;autre : aucune comparaison n&apos;est faite</translation>
    </message>
    <message>
        <source>{code}: the action “{title}”, carried over from the previous audit as done, waits to be verified; verify it, or set it back to in progress, or drop it with a reason</source>
        <translation>{code} : l&apos;action « {title} », reprise de l&apos;audit précédent comme réalisée, attend d&apos;être vérifiée ; vérifiez-la, remettez-la en cours ou abandonnez-la avec un motif</translation>
    </message>
</context>
</TS>
