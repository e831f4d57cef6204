package se.linkoping.samverkan.cooperationagreement;

import org.springframework.stereotype.Component;

/** {@code Task_RecordKsChairSignature}: the KS chair's signature, ticked as {@code ksChairSigned}. */
@Component("recordKsChairSignature")
public class RecordKsChairSignatureDelegate extends RecordSignatureDelegate {

    public RecordKsChairSignatureDelegate(CooperationAgreements agreements, AgreementTexts texts) {
        super(agreements, texts, Signatory.KS_CHAIR, "ksChairSigned");
    }
}
